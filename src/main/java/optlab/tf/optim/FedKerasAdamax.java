package optlab.tf.optim;

import java.util.List;
import java.util.Optional;
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
 * Keras 3's Adamax built from TensorFlow ops, in Keras' order, with a fed learning rate; slots
 * "momentum" and "norm" start at 0, t is {@link #kerasStep}:
 * {@code m += (g - m)(1 - beta_1); u = max(beta_2 u, |g|); var -= lr m / ((1 - beta_1^t)(u + eps))}.
 */
public final class FedKerasAdamax extends FedOptimizer {

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private Operand<? extends TFloating> oneMinusBeta1Power;

    public FedKerasAdamax(Graph graph, Operand<? extends TFloating> learningRate, float beta1, float beta2, float epsilon) {
        super(graph, learningRate);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "momentum", 0f);
            createFilledSlot(v, "norm", 0f);
        }
    }

    @Override
    protected Optional<Op> prepare(String scopeName) {
        oneMinusBeta1Power = oneMinusBeta1Power(floatingType());
        return Optional.empty();
    }

    private <S extends TFloating> Operand<S> oneMinusBeta1Power(Class<S> type) {
        return tf.math.sub(tf.constant(type, 1f), tf.math.pow(tf.constant(type, beta1), kerasStep(type)));
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        Variable<T> mSlot = slot(variable, "momentum");
        Variable<T> uSlot = slot(variable, "norm");
        Operand<T> m = deps.assign(mSlot, deps.math.add(mSlot, deps.math.mul(deps.math.sub(gradient, mSlot),
                deps.math.sub(constant(deps, 1f, type), constant(deps, beta1, type)))), Assign.useLocking(true));
        Operand<T> u = deps.assign(uSlot, maximum(deps, deps.math.mul(constant(deps, beta2, type), uSlot), abs(deps, gradient)),
                Assign.useLocking(true));
        Operand<T> update = deps.math.div(deps.math.mul(learningRate(deps, type), m),
                deps.math.mul(deps.dtypes.cast(oneMinusBeta1Power, type), deps.math.add(u, constant(deps, epsilon, type))));
        return deps.assign(variable, deps.math.sub(variable, update), Assign.useLocking(true));
    }

    @Override
    public String getOptimizerName() {
        return "FedKerasAdamax";
    }
}
