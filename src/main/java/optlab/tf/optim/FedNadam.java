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
 * Nadam with the real step number, built from plain graph ops like TF Java's {@code Nadam}, with a
 * fed learning rate. Slots "m" and "v" start at 0; scalar variables {@code step} (t) at 0 and
 * {@code momentum} (the running product of mu) at 1, both in the model's floating type, as is the
 * whole schedule. Step t:
 *
 * <pre>
 * mu_t     = beta1 * (1 - 0.5 * 0.96^(0.004 * t)),  mu_t1 = the same at t + 1
 * prod     = prod * mu_t,  prodNext = prod * mu_t1
 * gHat = g / (1 - prod)
 * m    = beta1 * m + (1 - beta1) * g,      mHat = m / (1 - prodNext)
 * v    = beta2 * v + (1 - beta2) * g * g,  vHat = v / (1 - beta2^t)
 * mBar = (1 - mu_t) * gHat + mu_t1 * mHat
 * var -= lr * mBar / (sqrt(vHat) + eps)
 * </pre>
 *
 * <p>TF Java's {@code Nadam} bakes t = 1 into the graph (its step is a Java field still 0 when the
 * graph is built), so mu never moves and v is always divided by {@code 1 - beta2}; only its first
 * step is a true Nadam step. This class builds the same op chain but reads t from the graph
 * variable, so its step 1 is TF Java's bit for bit and later steps follow the formula. Every read
 * of {@code step} and {@code momentum} goes through the output of the one {@code Assign} that
 * advances it, so each run sees exactly step t's values. t is exact in float32 up to 2^24 steps.
 * The schedule's constants 0.5, 0.96 and 0.004 are TF Java's floats in a float32 graph and exact
 * in a float64 one (they are the formula's, not hyperparameters).
 */
public final class FedNadam extends FedOptimizer {

    private final float beta1;
    private final float beta2;
    private final float epsilon;

    private Operand<? extends TFloating> oneMinusBeta1;
    private Operand<? extends TFloating> oneMinusBeta2;
    private Operand<? extends TFloating> muNext;
    private Operand<? extends TFloating> oneMinusMu;
    private Operand<? extends TFloating> oneMinusProd;
    private Operand<? extends TFloating> oneMinusProdNext;
    private Operand<? extends TFloating> vHatDenominator;

    public FedNadam(Graph graph, Operand<? extends TFloating> learningRate, float beta1, float beta2, float epsilon) {
        super(graph, learningRate);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "m", 0f);
            createFilledSlot(v, "v", 0f);
        }
    }

    @Override
    protected Optional<Op> prepare(String scopeName) {
        prepareSchedule(floatingType());
        return Optional.empty();
    }

    /** Creates the counters {@code step} and {@code momentum} in {@code type}, and this step's scalars from them. */
    private <S extends TFloating> void prepareSchedule(Class<S> type) {
        Variable<S> step = scalarVariable("step", 0f, type);
        Variable<S> momentum = scalarVariable("momentum", 1f, type);
        Operand<S> one = tf.constant(type, 1f);
        Operand<S> b1 = tf.constant(type, beta1);
        Operand<S> b2 = tf.constant(type, beta2);
        Operand<S> t = tf.assign(step, tf.math.add(step, one), Assign.useLocking(true));
        Operand<S> mu = mu(t);
        Operand<S> next = mu(tf.math.add(t, one));
        Operand<S> prod = tf.assign(momentum, tf.math.mul(momentum, mu), Assign.useLocking(true));
        muNext = next;
        oneMinusBeta1 = tf.math.sub(one, b1);
        oneMinusBeta2 = tf.math.sub(one, b2);
        oneMinusMu = tf.math.sub(one, mu);
        oneMinusProd = tf.math.sub(one, prod);
        oneMinusProdNext = tf.math.sub(one, tf.math.mul(prod, next));
        vHatDenominator = tf.math.sub(one, tf.math.pow(b2, t));
    }

    /** beta1 * (1 - 0.5 * 0.96^(0.004 * t)), as TF Java's Nadam computes it. */
    private <S extends TFloating> Operand<S> mu(Operand<S> t) {
        Class<S> type = t.type();
        return tf.math.mul(tf.constant(type, beta1), tf.math.sub(tf.constant(type, 1f),
                tf.math.mul(tf.constant(type, 0.5), tf.math.pow(tf.constant(type, 0.96), tf.math.mul(tf.constant(type, 0.004), t)))));
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        Variable<T> mSlot = slot(variable, "m");
        Variable<T> vSlot = slot(variable, "v");
        Operand<T> gHat = deps.math.div(gradient, cast(deps, oneMinusProd, type));
        Operand<T> m = deps.assign(mSlot, deps.math.add(deps.math.mul(constant(deps, beta1, type), mSlot),
                deps.math.mul(cast(deps, oneMinusBeta1, type), gradient)), Assign.useLocking(true));
        Operand<T> mHat = deps.math.div(m, cast(deps, oneMinusProdNext, type));
        Operand<T> v = deps.assign(vSlot, deps.math.add(deps.math.mul(constant(deps, beta2, type), vSlot),
                deps.math.mul(cast(deps, oneMinusBeta2, type), deps.math.square(gradient))), Assign.useLocking(true));
        Operand<T> vHat = deps.math.div(v, cast(deps, vHatDenominator, type));
        Operand<T> mBar = deps.math.add(deps.math.mul(cast(deps, oneMinusMu, type), gHat), deps.math.mul(cast(deps, muNext, type), mHat));
        Operand<T> update = deps.math.div(deps.math.mul(learningRate(deps, type), mBar),
                deps.math.add(deps.math.sqrt(vHat), constant(deps, epsilon, type)));
        return deps.assign(variable, deps.math.sub(variable, update), Assign.useLocking(true));
    }

    private static <T extends TType> Operand<T> cast(Ops deps, Operand<? extends TFloating> value, Class<T> type) {
        return deps.dtypes.cast(value, type);
    }

    @Override
    public String getOptimizerName() {
        return "FedNadam";
    }
}
