package optlab.tf.optim;

import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;
import org.tensorflow.types.family.TType;

/**
 * Keras 3's SGD built from TensorFlow ops, in Keras' order, with a fed learning rate; slot
 * "momentum" starts at 0:
 * {@code m = m * momentum - g * lr; var += m} (nesterov: {@code var += m * momentum - g * lr}).
 */
public final class FedKerasSgd extends FedOptimizer {

    private final float momentum;
    private final boolean nesterov;

    public FedKerasSgd(Graph graph, Operand<? extends TFloating> learningRate, float momentum, boolean nesterov) {
        super(graph, learningRate);
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "momentum", 0f);
        }
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        Operand<T> mu = constant(deps, momentum, type);
        Operand<T> gLr = deps.math.mul(gradient, learningRate(deps, type));
        Variable<T> mSlot = slot(variable, "momentum");
        Operand<T> m = deps.assign(mSlot, deps.math.sub(deps.math.mul(mSlot, mu), gLr), Assign.useLocking(true));
        Operand<T> step = nesterov ? deps.math.sub(deps.math.mul(m, mu), gLr) : m;
        return deps.assign(variable, deps.math.add(variable, step), Assign.useLocking(true));
    }

    @Override
    public String getOptimizerName() {
        return "FedKerasSgd";
    }
}
