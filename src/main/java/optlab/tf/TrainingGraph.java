package optlab.tf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.tf.optim.TfOptimizers;
import optlab.train.Batch;
import optlab.train.DenseParams;
import org.tensorflow.Graph;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.framework.optimizers.Optimizer;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * The network, its TensorFlow optimizer and a session, all in floating type T: TFloat32 behind
 * {@link TensorFlowTrainer}, TFloat64 behind {@link Float64TensorFlowTrainer}. Hands out runners
 * fed and fetching what each trainer step needs; the trainers turn Java arrays into tensors of T
 * and back. One graph per instance.
 */
final class TrainingGraph<T extends TFloating> implements AutoCloseable {

    final MlpGraph<T> net;
    private final Graph graph;
    private final Session session;
    private final Op train;
    private final Placeholder<T> learningRate;
    private final WeightLoader loader;
    /** dL/dW and dL/db per layer, in the order of {@code net.weights} and {@code net.biases}. */
    private final List<Output<?>> gradients = new ArrayList<>();

    TrainingGraph(ModelSpec model, OptimizerSpec optimizer, List<DenseParams> initial, int threads, Class<T> type) {
        graph = new Graph();
        try {
            net = new MlpGraph<>(graph, model, initial, type);
            learningRate = Ops.create(graph).withName("learning_rate").placeholder(type, Placeholder.shape(Shape.scalar()));
            Optimizer tfOptimizer = TfOptimizers.of(optimizer, graph, learningRate);
            // Before minimize(): computeGradients differentiates every variable in the graph, and the
            // optimizer's slots would be among them afterwards.
            var byVariable = new HashMap<Output<?>, Output<?>>();
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
    }

    int layers() {
        return net.weights.size();
    }

    /** One update at rate {@code lr}; fetches the probabilities of the forward pass before it. */
    Session.Runner step(T x, TInt32 y, T lr) {
        return session.runner().feed(net.input, x).feed(net.labels, y).feed(learningRate, lr).addTarget(train).fetch(net.probabilities);
    }

    /** Fetches dL/dW, dL/db layer by layer, updating nothing. */
    Session.Runner gradients(T x, TInt32 y) {
        var runner = session.runner().feed(net.input, x).feed(net.labels, y);
        gradients.forEach(runner::fetch);
        return runner;
    }

    Session.Runner probabilities(T x) {
        return session.runner().feed(net.input, x).fetch(net.probabilities);
    }

    /** Fetches W, b layer by layer. */
    Session.Runner parameters() {
        var runner = session.runner();
        for (int l = 0; l < layers(); l++) {
            runner.fetch(net.weights.get(l)).fetch(net.biases.get(l));
        }
        return runner;
    }

    /** Assigns {@code weights} to the variables; the caller has checked their shapes. */
    void load(List<DenseParams> weights) {
        loader.load(session, weights);
    }

    static TInt32 labels(Batch batch) {
        return TInt32.tensorOf(Shape.of(batch.size()), DataBuffers.of(java.util.Arrays.copyOf(batch.labels(), batch.size()), true, false));
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
