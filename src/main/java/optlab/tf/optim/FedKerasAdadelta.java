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
 * Keras 3's Adadelta built from TensorFlow ops, in Keras' order, with a fed learning rate; slots
 * "accumulated_grad" and "accumulated_delta_var" start at 0:
 * {@code accG = rho accG + (1-rho) g²; d = -(sqrt(accD + eps) g / sqrt(accG + eps));
 * accD = rho accD + (1-rho) d²; var += lr d}.
 */
public final class FedKerasAdadelta extends FedOptimizer {

    private final float rho;
    private final float epsilon;

    public FedKerasAdadelta(Graph graph, Operand<? extends TFloating> learningRate, float rho, float epsilon) {
        super(graph, learningRate);
        this.rho = rho;
        this.epsilon = epsilon;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "accumulated_grad", 0f);
            createFilledSlot(v, "accumulated_delta_var", 0f);
        }
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        Operand<T> r = constant(deps, rho, type);
        Operand<T> oneMinusRho = deps.math.sub(constant(deps, 1f, type), r);
        Operand<T> eps = constant(deps, epsilon, type);
        Variable<T> accGSlot = slot(variable, "accumulated_grad");
        Variable<T> accDSlot = slot(variable, "accumulated_delta_var");
        Operand<T> accG = deps.assign(accGSlot, deps.math.add(deps.math.mul(r, accGSlot), deps.math.mul(oneMinusRho, deps.math.square(gradient))),
                Assign.useLocking(true));
        Operand<T> delta = deps.math.neg(deps.math.div(deps.math.mul(deps.math.sqrt(deps.math.add(accDSlot, eps)), gradient),
                deps.math.sqrt(deps.math.add(accG, eps))));
        Op accD = deps.assign(accDSlot, deps.math.add(deps.math.mul(r, accDSlot), deps.math.mul(oneMinusRho, deps.math.square(delta))),
                Assign.useLocking(true));
        Op weights = deps.assign(variable, deps.math.add(variable, deps.math.mul(learningRate(deps, type), delta)), Assign.useLocking(true));
        return deps.withControlDependencies(List.of(accD, weights)).noOp();
    }

    @Override
    public String getOptimizerName() {
        return "FedKerasAdadelta";
    }
}
