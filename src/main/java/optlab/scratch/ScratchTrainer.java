package optlab.scratch;

import java.util.Arrays;
import java.util.List;
import optlab.scratch.optim.ScratchOptimizer;
import optlab.scratch.optim.UpdateRule;
import optlab.scratch.optim.UpdateRules;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.train.Batch;
import optlab.train.NamedTensor;
import optlab.train.Trainer;
import optlab.train.Weights;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Trains the hand-written {@link Network} with a hand-written update rule, in float32. */
public final class ScratchTrainer implements Trainer {

    private final Network net;
    /** Rows per forward pass in {@link #predict}: bounds the workspace size. */
    private final int predictRows;
    private final List<Parameter> params;
    private final ScratchOptimizer<?> optimizer;

    public ScratchTrainer(ModelSpec model, OptimizerSpec optimizerSpec, Weights initial) {
        this(model, UpdateRules.of(optimizerSpec), initial);
    }

    /** With any update rule, e.g. a student's own, to check it against TensorFlow. */
    public ScratchTrainer(ModelSpec model, UpdateRule<?> rule, Weights initial) {
        net = new Network(model, initial, DataType.FLOAT);
        predictRows = optlab.spec.ModelLayout.of(model).predictRows();
        params = net.parameters();
        optimizer = new ScratchOptimizer<>(rule, params);
    }

    /** The batch loss behind the returned probabilities is measured where the gradient is taken: the look-ahead point for textbook Nesterov RMSProp. */
    @Override
    public float[] step(Batch batch, float learningRate) {
        optimizer.lookAhead(params);
        float[] probabilities = new float[batch.size() * net.classes()];
        net.forward(batch.x(), batch.size(), batch.dropoutMasks()).data().asNioFloat().get(0, probabilities);
        net.backward(batch.labels());
        optimizer.step(params, learningRate);
        return probabilities;
    }

    @Override
    public Weights gradients(Batch batch) {
        net.forward(batch.x(), batch.size(), batch.dropoutMasks());
        net.backward(batch.labels());
        return net.gradients();
    }

    @Override
    public float[] predict(float[] x, int count) {
        int features = net.inputs();
        int classes = net.classes();
        float[] out = new float[count * classes];
        for (int from = 0; from < count; from += predictRows) {
            int rows = Math.min(predictRows, count - from);
            float[] chunk = Arrays.copyOfRange(x, from * features, (from + rows) * features);
            float[] p = net.forward(chunk, rows, null).data().asFloat();
            System.arraycopy(p, 0, out, from * classes, rows * classes);
        }
        return out;
    }

    @Override
    public Weights parameters() {
        return net.snapshot();
    }

    @Override
    public void load(Weights weights) {
        parameters().requireSameLayout(weights);
        for (int i = 0; i < params.size(); i++) {
            NamedTensor t = weights.tensors().get(i);
            INDArray value = params.get(i).value();
            value.assign(Nd4j.create(t.values(), value.shape(), 'c').castTo(value.dataType()));
        }
        optimizer.reload(params);
    }

    @Override
    public void close() {
        // ND4J buffers are released by the garbage collector.
    }
}
