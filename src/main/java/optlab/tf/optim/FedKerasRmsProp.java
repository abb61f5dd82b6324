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
 * Keras 3's RMSprop built from TensorFlow ops, in Keras' order, with a fed learning rate; slots
 * "velocity", "momentum" and (centered) "average_gradient" start at 0:
 * {@code v = rho v + (1-rho) g²; mg = rho mg + (1-rho) g; den = centered ? v - mg² + eps : v + eps;
 * mom = momentum mom + lr g / sqrt(den); var -= mom}.
 */
public final class FedKerasRmsProp extends FedOptimizer {

    private final float rho;
    private final float momentum;
    private final float epsilon;
    private final boolean centered;

    public FedKerasRmsProp(Graph graph, Operand<? extends TFloating> learningRate, float rho, float momentum, float epsilon,
            boolean centered) {
        super(graph, learningRate);
        this.rho = rho;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.centered = centered;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "velocity", 0f);
            createFilledSlot(v, "momentum", 0f);
            if (centered) {
                createFilledSlot(v, "average_gradient", 0f);
            }
        }
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        Operand<T> r = constant(deps, rho, type);
        Operand<T> oneMinusRho = deps.math.sub(constant(deps, 1f, type), r);
        Operand<T> eps = constant(deps, epsilon, type);
        Variable<T> vSlot = slot(variable, "velocity");
        Operand<T> v = deps.assign(vSlot, deps.math.add(deps.math.mul(r, vSlot), deps.math.mul(oneMinusRho, deps.math.square(gradient))),
                Assign.useLocking(true));
        Operand<T> denominator;
        if (centered) {
            Variable<T> mgSlot = slot(variable, "average_gradient");
            Operand<T> mg = deps.assign(mgSlot, deps.math.add(deps.math.mul(r, mgSlot), deps.math.mul(oneMinusRho, gradient)),
                    Assign.useLocking(true));
            denominator = deps.math.add(deps.math.sub(v, deps.math.square(mg)), eps);
        } else {
            denominator = deps.math.add(v, eps);
        }
        Operand<T> increment = deps.math.div(deps.math.mul(learningRate(deps, type), gradient), deps.math.sqrt(denominator));
        Variable<T> momSlot = slot(variable, "momentum");
        Operand<T> mom = deps.assign(momSlot, deps.math.add(deps.math.mul(constant(deps, momentum, type), momSlot), increment),
                Assign.useLocking(true));
        return deps.assign(variable, deps.math.sub(variable, mom), Assign.useLocking(true));
    }

    @Override
    public String getOptimizerName() {
        return "FedKerasRmsProp";
    }
}
