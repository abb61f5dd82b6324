package optlab.tf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiFunction;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.tf.optim.TfOptimizers;
import optlab.train.Batch;
import optlab.train.Weights;
import org.tensorflow.Graph;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.framework.optimizers.Optimizer;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.ConfigProto;
import optlab.spec.Device;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * The network, its TensorFlow optimizer and a session, all in floating type T: TFloat32 behind
 * {@link TensorFlowTrainer}, TFloat64 behind {@link Float64TensorFlowTrainer}. Hands out runners
 * fed and fetching what each trainer step needs; the trainers turn Java arrays into tensors of T
 * and back. One graph per instance.
 */
final class TrainingGraph<T extends TFloating> implements AutoCloseable {

    final NetworkGraph<T> net;
    private final Graph graph;
    private final Session session;
    private final Op train;
    private final Placeholder<T> learningRate;
    private final WeightLoader loader;
    /** dJ/dp for every parameter p, in the order of {@code net.parameters}. */
    private final List<Output<?>> gradients = new ArrayList<>();

    TrainingGraph(ModelSpec model, OptimizerSpec optimizer, Weights initial, int threads, Device device, Class<T> type) {
        TensorFlowDevices.require(device);
        graph = new Graph();
        try {
            net = new NetworkGraph<>(graph, model, initial, type);
            learningRate = Ops.create(graph).withName("learning_rate").placeholder(type, Placeholder.shape(Shape.scalar()));
            Optimizer tfOptimizer = TfOptimizers.of(optimizer, graph, learningRate);
            // Before minimize(): computeGradients differentiates every variable in the graph, and the
            // optimizer's slots would be among them afterwards.
            var byVariable = new HashMap<Output<?>, Output<?>>();
            tfOptimizer.computeGradients(net.loss).forEach(gv -> byVariable.put(gv.getVariable(), gv.getGradient()));
            net.parameters.forEach(p -> gradients.add(byVariable.get(p.asOutput())));
            train = tfOptimizer.minimize(net.loss);
            loader = new WeightLoader(graph, net.parameters);
            ConfigProto.Builder config = ConfigProto.newBuilder()
                    .setIntraOpParallelismThreads(threads)
                    .setInterOpParallelismThreads(threads);
            if (device == Device.CPU) {
                config.putDeviceCount("GPU", 0);
            } else {
                // Ops without a GPU kernel (a few of the optimizers' bookkeeping ops) fall back to the CPU.
                config.setAllowSoftPlacement(true);
            }
            session = new Session(graph, config.build());
            session.initialize();
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    int parameterCount() {
        return net.parameters.size();
    }

    /**
     * One update at rate {@code lr}; fetches the probabilities of the forward pass before it.
     *
     * @param masks the batch's dropout masks as tensors, one per mask placeholder
     */
    Session.Runner step(T x, TInt32 y, List<T> masks, T lr) {
        return feedMasks(session.runner(), masks).feed(net.input, x).feed(net.labels, y).feed(learningRate, lr)
                .addTarget(train).fetch(net.probabilities);
    }

    /** Fetches dJ/dp for every parameter in order, updating nothing. */
    Session.Runner gradients(T x, TInt32 y, List<T> masks) {
        var runner = feedMasks(session.runner(), masks).feed(net.input, x).feed(net.labels, y);
        gradients.forEach(runner::fetch);
        return runner;
    }

    /** Probabilities with nothing dropped. */
    Session.Runner probabilities(T x) {
        return session.runner().feed(net.input, x).fetch(net.evaluation);
    }

    /** Fetches every parameter in order. */
    Session.Runner parameters() {
        var runner = session.runner();
        net.parameters.forEach(runner::fetch);
        return runner;
    }

    /** Assigns {@code weights} to the variables; the caller has checked their names and shapes. */
    void load(Weights weights) {
        loader.load(session, weights);
    }

    private Session.Runner feedMasks(Session.Runner runner, List<T> masks) {
        for (int j = 0; j < masks.size(); j++) {
            runner.feed(net.dropoutMasks.get(j), masks.get(j));
        }
        return runner;
    }

    /**
     * The batch's dropout masks as tensors shaped like their placeholders ({@code size} x the
     * layer's input shape), made by {@code tensor} from the flat values and the shape.
     */
    List<T> masks(Batch batch, BiFunction<float[], Shape, T> tensor) {
        var tensors = new ArrayList<T>();
        for (int j = 0; j < batch.dropoutMasks().size(); j++) {
            Shape shape = net.dropoutMasks.get(j).shape().tail().prepend(batch.size());
            float[] mask = batch.dropoutMasks().get(j);
            tensors.add(tensor.apply(mask.length == shape.size() ? mask : Arrays.copyOf(mask, (int) shape.size()), shape));
        }
        return tensors;
    }

    static void closeAll(List<? extends Tensor> tensors) {
        tensors.forEach(Tensor::close);
    }

    static TInt32 labels(Batch batch) {
        return TInt32.tensorOf(Shape.of(batch.size()), DataBuffers.of(Arrays.copyOf(batch.labels(), batch.size()), true, false));
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
