package optlab.tf;

import java.util.ArrayList;
import java.util.List;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.train.Batch;
import optlab.train.DenseParams;
import optlab.train.Trainer;
import org.tensorflow.Graph;
import org.tensorflow.Output;
import org.tensorflow.framework.optimizers.Optimizer;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import optlab.tf.optim.TfOptimizers;

/** Trains the network as a TensorFlow Java graph with TensorFlow's own optimizers. One graph per trainer. */
public final class TensorFlowTrainer implements Trainer {

    /** Rows per session run in {@link #predict}: bounds the size of the fed tensor. */
    private static final int PREDICT_CHUNK = 2000;

    private final Graph graph;
    private final Session session;
    private final MlpGraph net;
    private final Op train;
    private final Placeholder<TFloat32> learningRate;
    private final WeightLoader loader;
    /** dL/dW and dL/db per layer, in the order of {@code net.weights} and {@code net.biases}. */
    private final List<Output<?>> gradients = new ArrayList<>();
    private final int classes;

    public TensorFlowTrainer(ModelSpec model, OptimizerSpec optimizer, List<DenseParams> initial, int threads) {
        graph = new Graph();
        try {
            net = new MlpGraph(graph, model, initial);
            learningRate = Ops.create(graph).withName("learning_rate").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
            Optimizer tfOptimizer = TfOptimizers.of(optimizer, graph, learningRate);
            // Before minimize(): computeGradients differentiates every variable in the graph, and the
            // optimizer's slots would be among them afterwards.
            var byVariable = new java.util.HashMap<Output<?>, Output<?>>();
            tfOptimizer.computeGradients(net.loss).forEach(gv -> byVariable.put(gv.getVariable(), gv.getGradient()));
            for (int l = 0; l < net.weights.size(); l++) {
                gradients.add(byVariable.get(net.weights.get(l).asOutput()));
                gradients.add(byVariable.get(net.biases.get(l).asOutput()));
            }
            train = tfOptimizer.minimize(net.loss);
            loader = new WeightLoader(graph, net);
            ConfigProto config = ConfigProto.newBuilder()
                    .setIntraOpParallelismThreads(threads)
                    .setInterOpParallelismThreads(threads)
                    .build();
            session = new Session(graph, config);
            session.initialize();
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        classes = model.classes();
    }

    @Override
    public float[] step(Batch batch, float rate) {
        try (TFloat32 x = features(batch.x(), batch.size(), batch.features());
             TFloat32 lr = TFloat32.scalarOf(rate);
             TInt32 y = labels(batch);
             Result result = session.runner().feed(net.input, x).feed(net.labels, y).feed(learningRate, lr)
                     .addTarget(train).fetch(net.probabilities).run()) {
            return read((TFloat32) result.get(0), batch.size() * classes);
        }
    }

    @Override
    public List<DenseParams> gradients(Batch batch) {
        try (TFloat32 x = features(batch.x(), batch.size(), batch.features());
             TInt32 y = labels(batch)) {
            var runner = session.runner().feed(net.input, x).feed(net.labels, y);
            gradients.forEach(runner::fetch);
            return readLayers(runner);
        }
    }

    @Override
    public float[] predict(float[] x, int count) {
        int features = (int) net.input.shape().get(1);
        float[] out = new float[count * classes];
        for (int from = 0; from < count; from += PREDICT_CHUNK) {
            int rows = Math.min(PREDICT_CHUNK, count - from);
            float[] chunk = java.util.Arrays.copyOfRange(x, from * features, (from + rows) * features);
            try (TFloat32 xt = features(chunk, rows, features);
                 Result result = session.runner().feed(net.input, xt).fetch(net.probabilities).run()) {
                ((TFloat32) result.get(0)).asRawTensor().data().asFloats().read(out, from * classes, rows * classes);
            }
        }
        return out;
    }

    @Override
    public List<DenseParams> parameters() {
        var runner = session.runner();
        for (int l = 0; l < net.weights.size(); l++) {
            runner.fetch(net.weights.get(l)).fetch(net.biases.get(l));
        }
        return readLayers(runner);
    }

    @Override
    public void load(List<DenseParams> weights) {
        DenseParams.requireSameShapes(parameters(), weights);
        loader.load(session, weights);
    }

    /** Runs a runner that fetches (weights, bias) pairs layer by layer and reads them. */
    private List<DenseParams> readLayers(Session.Runner runner) {
        var params = new ArrayList<DenseParams>();
        try (Result result = runner.run()) {
            for (int l = 0; l < net.weights.size(); l++) {
                TFloat32 w = (TFloat32) result.get(2 * l);
                TFloat32 b = (TFloat32) result.get(2 * l + 1);
                int in = (int) w.shape().get(0);
                int out = (int) w.shape().get(1);
                params.add(new DenseParams(in, out, read(w, in * out), read(b, out)));
            }
        }
        return params;
    }

    private static TInt32 labels(Batch batch) {
        return TInt32.tensorOf(Shape.of(batch.size()), DataBuffers.of(java.util.Arrays.copyOf(batch.labels(), batch.size()), true, false));
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
        session.close();
        graph.close();
    }
}
