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
 * Keras 3's Nadam built from TensorFlow ops, in Keras' order, with a fed learning rate; slots
 * "momentum" and "velocity" start at 0, the scalar variable {@code u_product} (the running product
 * of the momentum schedule) at 1, t is {@link #kerasStep}. Per run, before the updates as Keras'
 * {@code _backend_update_step} does it: {@code u_product = u_product * beta_1 * (1 - 0.5 * 0.96^t)};
 * then with {@code u_t = beta_1 (1 - 0.5 * 0.96^t)}, {@code u_t1} the same at t + 1:
 * {@code m += (g - m)(1 - beta_1); v += (g² - v)(1 - beta_2);
 * mHat = u_t1 m / (1 - u_product u_t1) + (1 - u_t) g / (1 - u_product); vHat = v / (1 - beta_2^t);
 * var -= mHat lr / (sqrt(vHat) + eps)}. 0.5 and 0.96 are float32 in a float32 graph and exact in a float64 one.
 */
public final class FedKerasNadam extends FedOptimizer {

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private Operand<? extends TFloating> uNext;
    private Operand<? extends TFloating> oneMinusU;
    private Operand<? extends TFloating> oneMinusProduct;
    private Operand<? extends TFloating> oneMinusProductNext;
    private Operand<? extends TFloating> oneMinusBeta2Power;

    public FedKerasNadam(Graph graph, Operand<? extends TFloating> learningRate, float beta1, float beta2, float epsilon) {
        super(graph, learningRate);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "momentum", 0f);
            createFilledSlot(v, "velocity", 0f);
        }
    }

    @Override
    protected Optional<Op> prepare(String scopeName) {
        prepareSchedule(floatingType());
        return Optional.empty();
    }

    private <S extends TFloating> void prepareSchedule(Class<S> type) {
        Operand<S> t = kerasStep(type);
        Operand<S> one = tf.constant(type, 1f);
        Operand<S> b1 = tf.constant(type, beta1);
        Variable<S> uProduct = scalarVariable("u_product", 1f, type);
        Operand<S> product = tf.assign(uProduct, tf.math.mul(tf.math.mul(uProduct, b1), oneMinusHalfDecayPower(t)), Assign.useLocking(true));
        Operand<S> u = tf.math.mul(b1, oneMinusHalfDecayPower(t));
        Operand<S> next = tf.math.mul(b1, oneMinusHalfDecayPower(tf.math.add(t, one)));
        uNext = next;
        oneMinusU = tf.math.sub(one, u);
        oneMinusProduct = tf.math.sub(one, product);
        oneMinusProductNext = tf.math.sub(one, tf.math.mul(product, next));
        oneMinusBeta2Power = tf.math.sub(one, tf.math.pow(tf.constant(type, beta2), t));
    }

    /** 1 - 0.5 * 0.96^t. */
    private <S extends TFloating> Operand<S> oneMinusHalfDecayPower(Operand<S> t) {
        Class<S> type = t.type();
        return tf.math.sub(tf.constant(type, 1f), tf.math.mul(tf.constant(type, 0.5), tf.math.pow(tf.constant(type, 0.96), t)));
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
        Operand<T> mHat = deps.math.add(deps.math.div(deps.math.mul(cast(deps, uNext, type), m), cast(deps, oneMinusProductNext, type)),
                deps.math.div(deps.math.mul(cast(deps, oneMinusU, type), gradient), cast(deps, oneMinusProduct, type)));
        Operand<T> vHat = deps.math.div(v, cast(deps, oneMinusBeta2Power, type));
        Operand<T> update = deps.math.div(deps.math.mul(mHat, learningRate(deps, type)),
                deps.math.add(deps.math.sqrt(vHat), constant(deps, epsilon, type)));
        return deps.assign(variable, deps.math.sub(variable, update), Assign.useLocking(true));
    }

    private static <T extends TType> Operand<T> cast(Ops deps, Operand<? extends TFloating> value, Class<T> type) {
        return deps.dtypes.cast(value, type);
    }

    @Override
    public String getOptimizerName() {
        return "FedKerasNadam";
    }
}
