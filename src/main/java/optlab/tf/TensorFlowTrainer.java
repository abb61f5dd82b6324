package optlab.tf;

import optlab.spec.Device;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.train.Batch;
import optlab.train.NamedTensor;
import optlab.train.Trainer;
import optlab.train.Weights;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Trains the network as a TensorFlow Java graph with TensorFlow's own optimizers, in float32. One graph per trainer. */
public final class TensorFlowTrainer implements Trainer {

    private final TrainingGraph<TFloat32> graph;
    private final StepTensors stepTensors;
    private final List<ModelLayout.TensorSpec> shapes;
    private final int features;
    private final int classes;
    /** Rows per session run in {@link #predict}: bounds the size of the fed tensor. */
    private final int predictRows;

    /** On the CPU. */
    public TensorFlowTrainer(ModelSpec model, OptimizerSpec optimizer, Weights initial, int threads) {
        this(model, optimizer, initial, threads, Device.CPU);
    }

    public TensorFlowTrainer(ModelSpec model, OptimizerSpec optimizer, Weights initial, int threads, Device device) {
        ModelLayout layout = ModelLayout.of(model);
        initial.requireLayout(layout);
        graph = new TrainingGraph<>(model, optimizer, initial, threads, device, TFloat32.class);
        stepTensors = new StepTensors(graph.net);
        shapes = layout.parameters();
        features = layout.features();
        classes = layout.classes();
        predictRows = layout.predictRows();
    }

    @Override
    public float[] step(Batch batch, float rate) {
        StepTensors.Fed fed = stepTensors.fill(batch, rate);
        try (Result result = graph.step(fed.x(), fed.y(), fed.masks(), fed.rate()).run()) {
            return read((TFloat32) result.get(0), batch.size() * classes);
        }
    }

    @Override
    public Weights gradients(Batch batch) {
        List<TFloat32> masks = graph.masks(batch, TensorFlowTrainer::tensor);
        try (TFloat32 x = features(batch.x(), batch.size());
             TInt32 y = TrainingGraph.labels(batch)) {
            return readAll(graph.gradients(x, y, masks));
        } finally {
            TrainingGraph.closeAll(masks);
        }
    }

    @Override
    public float[] predict(float[] x, int count) {
        float[] out = new float[count * classes];
        for (int from = 0; from < count; from += predictRows) {
            int rows = Math.min(predictRows, count - from);
            float[] chunk = Arrays.copyOfRange(x, from * features, (from + rows) * features);
            try (TFloat32 xt = features(chunk, rows);
                 Result result = graph.probabilities(xt).run()) {
                ((TFloat32) result.get(0)).asRawTensor().data().asFloats().read(out, from * classes, rows * classes);
            }
        }
        return out;
    }

    @Override
    public Weights parameters() {
        return readAll(graph.parameters());
    }

    @Override
    public void load(Weights weights) {
        weights.requireShapes(shapes);
        graph.load(weights);
    }

    /** Runs a runner that fetches one tensor per parameter and reads them under the parameters' names and shapes. */
    private Weights readAll(Session.Runner runner) {
        var tensors = new ArrayList<NamedTensor>();
        try (Result result = runner.run()) {
            for (int i = 0; i < graph.parameterCount(); i++) {
                ModelLayout.TensorSpec spec = shapes.get(i);
                tensors.add(new NamedTensor(spec.name(), spec.shape(), read((TFloat32) result.get(i), spec.size())));
            }
        }
        return new Weights(tensors);
    }

    private TFloat32 features(float[] x, int rows) {
        return tensor(x.length == rows * features ? x : Arrays.copyOf(x, rows * features), Shape.of(rows, features));
    }

    private static TFloat32 tensor(float[] values, Shape shape) {
        return TFloat32.tensorOf(shape, DataBuffers.of(values, true, false));
    }

    private static float[] read(TFloat32 tensor, int count) {
        float[] values = new float[count];
        tensor.asRawTensor().data().asFloats().read(values);
        return values;
    }

    @Override
    public void close() {
        stepTensors.close();
        graph.close();
    }
}
