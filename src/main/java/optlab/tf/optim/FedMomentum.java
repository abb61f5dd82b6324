package optlab.tf.optim;

import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.train.ApplyMomentum;
import org.tensorflow.types.family.TFloating;
import org.tensorflow.types.family.TType;

/**
 * TensorFlow's Momentum ({@code ApplyMomentum}, slot "momentum" starting at 0), with or without
 * Nesterov, with a fed learning rate.
 */
public final class FedMomentum extends FedOptimizer {

    private final float momentum;
    private final boolean nesterov;

    public FedMomentum(Graph graph, Operand<? extends TFloating> learningRate, float momentum, boolean nesterov) {
        super(graph, learningRate);
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        variables.forEach(v -> createFilledSlot(v, "momentum", 0f));
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        return deps.train.applyMomentum(variable, slot(variable, "momentum"), learningRate(deps, type), gradient,
                constant(deps, momentum, type), ApplyMomentum.useNesterov(nesterov));
    }

    @Override
    public String getOptimizerName() {
        return "Momentum";
    }
}
