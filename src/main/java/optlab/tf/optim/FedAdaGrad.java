package optlab.tf.optim;

import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.ApplyAdagrad;
import org.tensorflow.types.family.TFloating;
import org.tensorflow.types.family.TType;

/**
 * TensorFlow's AdaGrad ({@code ApplyAdagrad}, update_slots true; slot "accumulator" starting at
 * the initial accumulator value), with a fed learning rate: {@code accum += g*g; var -= lr * g /
 * sqrt(accum)}, no epsilon, as the framework's {@code AdaGrad} builds it.
 */
public final class FedAdaGrad extends FedOptimizer {

    private final float initialAccumulator;

    public FedAdaGrad(Graph graph, Operand<? extends TFloating> learningRate, float initialAccumulator) {
        super(graph, learningRate);
        this.initialAccumulator = initialAccumulator;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        variables.forEach(v -> createFilledSlot(v, "accumulator", initialAccumulator));
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        return deps.train.applyAdagrad(variable, slot(variable, "accumulator"), learningRate(deps, gradient.type()), gradient,
                ApplyAdagrad.updateSlots(true));
    }

    @Override
    public String getOptimizerName() {
        return "Adagrad";
    }
}
