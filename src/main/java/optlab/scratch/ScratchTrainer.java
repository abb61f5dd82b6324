package optlab.scratch;

import java.util.List;
import optlab.scratch.optim.ScratchOptimizer;
import optlab.scratch.optim.UpdateRule;
import optlab.scratch.optim.UpdateRules;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.train.Batch;
import optlab.train.DenseParams;
import optlab.train.Trainer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Trains the hand-written {@link Mlp} with a hand-written update rule, in float32. */
public final class ScratchTrainer implements Trainer {

    /** Rows per forward pass in {@link #predict}: bounds the workspace size. */
    private static final int PREDICT_CHUNK = 2000;

    private final Mlp net;
    private final List<Parameter> params;
    private final ScratchOptimizer<?> optimizer;

    public ScratchTrainer(ModelSpec model, OptimizerSpec optimizerSpec, List<DenseParams> initial) {
        this(model, UpdateRules.of(optimizerSpec), initial);
    }

    /** With any update rule, e.g. a student's own, to check it against TensorFlow. */
    public ScratchTrainer(ModelSpec model, UpdateRule<?> rule, List<DenseParams> initial) {
        net = new Mlp(initial, model, DataType.FLOAT);
        params = net.parameters();
        optimizer = new ScratchOptimizer<>(rule, params);
    }

    /** The batch loss behind the returned probabilities is measured where the gradient is taken: the look-ahead point for textbook Nesterov RMSProp. */
    @Override
    public float[] step(Batch batch, float learningRate) {
        optimizer.lookAhead(params);
        float[] probabilities = net.forward(batch.x(), batch.size()).data().asFloat();
        net.backward(batch.labels());
        optimizer.step(params, learningRate);
        return java.util.Arrays.copyOf(probabilities, batch.size() * net.classes());
    }

    @Override
    public List<DenseParams> gradients(Batch batch) {
        net.forward(batch.x(), batch.size());
        net.backward(batch.labels());
        var gradients = new java.util.ArrayList<DenseParams>();
        for (int i = 0; i < params.size(); i += 2) {
            Parameter w = params.get(i);
            Parameter b = params.get(i + 1);
            gradients.add(new DenseParams((int) w.value().size(0), (int) w.value().size(1),
                    w.gradient().data().asFloat(), b.gradient().data().asFloat()));
        }
        return gradients;
    }

    @Override
    public float[] predict(float[] x, int count) {
        int features = net.inputs();
        int classes = net.classes();
        float[] out = new float[count * classes];
        for (int from = 0; from < count; from += PREDICT_CHUNK) {
            int rows = Math.min(PREDICT_CHUNK, count - from);
            float[] chunk = java.util.Arrays.copyOfRange(x, from * features, (from + rows) * features);
            float[] p = net.forward(chunk, rows).data().asFloat();
            System.arraycopy(p, 0, out, from * classes, rows * classes);
        }
        return out;
    }

    @Override
    public List<DenseParams> parameters() {
        return net.snapshot();
    }

    @Override
    public void load(List<DenseParams> weights) {
        DenseParams.requireSameShapes(net.snapshot(), weights);
        for (int l = 0; l < weights.size(); l++) {
            DenseParams p = weights.get(l);
            copyInto(params.get(2 * l), p.weights());
            copyInto(params.get(2 * l + 1), p.bias());
        }
    }

    private static void copyInto(Parameter target, float[] values) {
        INDArray value = target.value();
        value.assign(Nd4j.create(values, value.shape(), 'c').castTo(value.dataType()));
    }

    @Override
    public void close() {
        // ND4J buffers are released by the garbage collector.
    }
}
