package optlab.tf;

import java.util.ArrayList;
import java.util.List;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.train.Batch;
import optlab.train.DenseParams;
import optlab.train.Trainer;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Trains the network as a TensorFlow Java graph with TensorFlow's own optimizers, in float32. One graph per trainer. */
public final class TensorFlowTrainer implements Trainer {

    /** Rows per session run in {@link #predict}: bounds the size of the fed tensor. */
    private static final int PREDICT_CHUNK = 2000;

    private final TrainingGraph<TFloat32> graph;
    private final int classes;

    public TensorFlowTrainer(ModelSpec model, OptimizerSpec optimizer, List<DenseParams> initial, int threads) {
        graph = new TrainingGraph<>(model, optimizer, initial, threads, TFloat32.class);
        classes = model.classes();
    }

    @Override
    public float[] step(Batch batch, float rate) {
        try (TFloat32 x = features(batch.x(), batch.size(), batch.features());
             TFloat32 lr = TFloat32.scalarOf(rate);
             TInt32 y = TrainingGraph.labels(batch);
             Result result = graph.step(x, y, lr).run()) {
            return read((TFloat32) result.get(0), batch.size() * classes);
        }
    }

    @Override
    public List<DenseParams> gradients(Batch batch) {
        try (TFloat32 x = features(batch.x(), batch.size(), batch.features());
             TInt32 y = TrainingGraph.labels(batch)) {
            return readLayers(graph.gradients(x, y));
        }
    }

    @Override
    public float[] predict(float[] x, int count) {
        int features = (int) graph.net.input.shape().get(1);
        float[] out = new float[count * classes];
        for (int from = 0; from < count; from += PREDICT_CHUNK) {
            int rows = Math.min(PREDICT_CHUNK, count - from);
            float[] chunk = java.util.Arrays.copyOfRange(x, from * features, (from + rows) * features);
            try (TFloat32 xt = features(chunk, rows, features);
                 Result result = graph.probabilities(xt).run()) {
                ((TFloat32) result.get(0)).asRawTensor().data().asFloats().read(out, from * classes, rows * classes);
            }
        }
        return out;
    }

    @Override
    public List<DenseParams> parameters() {
        return readLayers(graph.parameters());
    }

    @Override
    public void load(List<DenseParams> weights) {
        DenseParams.requireSameShapes(parameters(), weights);
        graph.load(weights);
    }

    /** Runs a runner that fetches (weights, bias) pairs layer by layer and reads them. */
    private List<DenseParams> readLayers(Session.Runner runner) {
        var params = new ArrayList<DenseParams>();
        try (Result result = runner.run()) {
            for (int l = 0; l < graph.layers(); l++) {
                TFloat32 w = (TFloat32) result.get(2 * l);
                TFloat32 b = (TFloat32) result.get(2 * l + 1);
                int in = (int) w.shape().get(0);
                int out = (int) w.shape().get(1);
                params.add(new DenseParams(in, out, read(w, in * out), read(b, out)));
            }
        }
        return params;
    }

    private static TFloat32 features(float[] x, int rows, int features) {
        float[] values = x.length == rows * features ? x : java.util.Arrays.copyOf(x, rows * features);
        return TFloat32.tensorOf(Shape.of(rows, features), DataBuffers.of(values, true, false));
    }

    private static float[] read(TFloat32 tensor, int count) {
        float[] values = new float[count];
        tensor.asRawTensor().data().asFloats().read(values);
        return values;
    }

    @Override
    public void close() {
        graph.close();
    }
}
