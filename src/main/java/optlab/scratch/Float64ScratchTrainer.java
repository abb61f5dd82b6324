package optlab.scratch;

import java.util.ArrayList;
import java.util.List;
import optlab.scratch.optim.Float64Optimizer;
import optlab.scratch.optim.Float64UpdateRule;
import optlab.spec.ModelSpec;
import optlab.train.Batch;
import optlab.train.LockstepTrainer;
import optlab.train.Weights;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The hand-written {@link Network} in float64 with a float64 update rule, for float64 lockstep
 * validation: the float32 initial weights, inputs and dropout masks are widened exactly, and
 * everything after that is double. Training uses the float32 {@link ScratchTrainer}.
 */
public final class Float64ScratchTrainer implements LockstepTrainer {

    private final Network net;
    private final List<Parameter> params;
    private final Float64Optimizer<?> optimizer;

    public Float64ScratchTrainer(ModelSpec model, Float64UpdateRule<?> rule, Weights initial) {
        // The leaky ReLU slope as the graph holds it, a float attribute, widened.
        net = new Network(model.withLeakyAlpha((float) model.leakyAlpha()), initial, DataType.DOUBLE);
        params = net.parameters();
        optimizer = new Float64Optimizer<>(rule, params);
    }

    @Override
    public double[] step(Batch batch, double learningRate) {
        double[] probabilities = net.forward(batch.x(), batch.size(), batch.dropoutMasks()).data().asDouble();
        net.backward(batch.labels());
        optimizer.step(params, learningRate);
        return probabilities;
    }

    @Override
    public List<double[]> gradients(Batch batch) {
        net.forward(batch.x(), batch.size(), batch.dropoutMasks());
        net.backward(batch.labels());
        var gradients = new ArrayList<double[]>();
        params.forEach(p -> gradients.add(p.gradient().data().asDouble()));
        return gradients;
    }

    @Override
    public List<double[]> parameters() {
        var values = new ArrayList<double[]>();
        params.forEach(p -> values.add(p.value().data().asDouble()));
        return values;
    }

    @Override
    public void close() {
        // ND4J buffers are released by the garbage collector.
    }
}
