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
 * Keras 3's Adam built from TensorFlow ops, in Keras' order, with a fed learning rate; slots
 * "momentum", "velocity" and (amsgrad) "velocity_hat" start at 0, t is {@link #kerasStep}:
 * {@code alpha = lr sqrt(1 - beta_2^t) / (1 - beta_1^t)} (pow, in the model's type);
 * {@code m += (g - m)(1 - beta_1); v += (g² - v)(1 - beta_2); vHat = max(vHat, v) (amsgrad);
 * var -= m alpha / (sqrt(v or vHat) + eps)}.
 */
public class FedKerasAdam extends FedOptimizer {

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final boolean amsgrad;
    private Operand<? extends TFloating> alpha;

    public FedKerasAdam(Graph graph, Operand<? extends TFloating> learningRate, float beta1, float beta2, float epsilon, boolean amsgrad) {
        super(graph, learningRate);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.amsgrad = amsgrad;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "momentum", 0f);
            createFilledSlot(v, "velocity", 0f);
            if (amsgrad) {
                createFilledSlot(v, "velocity_hat", 0f);
            }
        }
    }

    @Override
    protected Optional<Op> prepare(String scopeName) {
        alpha = alpha(floatingType());
        return Optional.empty();
    }

    private <S extends TFloating> Operand<S> alpha(Class<S> type) {
        Operand<S> t = kerasStep(type);
        Operand<S> one = tf.constant(type, 1f);
        Operand<S> beta1Power = tf.math.pow(tf.constant(type, beta1), t);
        Operand<S> beta2Power = tf.math.pow(tf.constant(type, beta2), t);
        return tf.math.div(tf.math.mul(learningRate(tf, type), tf.math.sqrt(tf.math.sub(one, beta2Power))), tf.math.sub(one, beta1Power));
    }

    /** The weights the step starts from: the variable itself; AdamW decays them first. */
    protected <T extends TType> Operand<T> weights(Ops deps, Output<T> variable) {
        return variable;
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        Operand<T> one = constant(deps, 1f, type);
        Variable<T> mSlot = slot(variable, "momentum");
        Variable<T> vSlot = slot(variable, "velocity");
        Operand<T> m = deps.assign(mSlot, deps.math.add(mSlot, deps.math.mul(deps.math.sub(gradient, mSlot),
                deps.math.sub(one, constant(deps, beta1, type)))), Assign.useLocking(true));
        Operand<T> v = deps.assign(vSlot, deps.math.add(vSlot, deps.math.mul(deps.math.sub(deps.math.square(gradient), vSlot),
                deps.math.sub(one, constant(deps, beta2, type)))), Assign.useLocking(true));
        if (amsgrad) {
            Variable<T> vHatSlot = slot(variable, "velocity_hat");
            v = deps.assign(vHatSlot, maximum(deps, vHatSlot, v), Assign.useLocking(true));
        }
        Operand<T> update = deps.math.div(deps.math.mul(m, deps.dtypes.cast(alpha, type)),
                deps.math.add(deps.math.sqrt(v), constant(deps, epsilon, type)));
        return deps.assign(variable, deps.math.sub(weights(deps, variable), update), Assign.useLocking(true));
    }

    @Override
    public String getOptimizerName() {
        return "FedKerasAdam";
    }
}
