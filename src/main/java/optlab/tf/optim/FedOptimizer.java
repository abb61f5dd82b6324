package optlab.tf.optim;

import java.util.Optional;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.framework.optimizers.Optimizer;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TFloating;
import org.tensorflow.types.family.TType;

/**
 * A tensorflow-framework optimizer whose learning rate is an operand (a placeholder fed every
 * step, so a schedule can change it) instead of a float baked into the graph. Subclasses build the
 * same training kernels with the same arguments as the framework's own classes; every other
 * hyperparameter is a float graph constant, cast to the variable's type, as there. The learning
 * rate has the model's floating type (TFloat32, or TFloat64 for float64 validation), and so have
 * the subclasses' scalar counters such as beta^t.
 */
public abstract class FedOptimizer extends Optimizer {

    private final Operand<? extends TFloating> learningRate;

    protected FedOptimizer(Graph graph, Operand<? extends TFloating> learningRate) {
        super(graph);
        this.learningRate = learningRate;
    }

    /** The fed learning rate in the variable's type. */
    protected <T extends TType> Operand<T> learningRate(Ops deps, Class<T> type) {
        return deps.dtypes.cast(learningRate, type);
    }

    protected static <T extends TType> Operand<T> constant(Ops deps, float value, Class<T> type) {
        return deps.dtypes.cast(deps.constant(value), type);
    }

    /** A slot of the variable's shape and type, every element {@code value}, set by {@code session.initialize()}. */
    protected <T extends TType> void createFilledSlot(Output<T> variable, String name, float value) {
        Ops init = tf.withInitScope();
        createSlot(variable, name, init.fill(init.shape(variable), init.dtypes.cast(init.constant(value), variable.type())));
    }

    protected <T extends TType> Variable<T> slot(Output<T> variable, String name) {
        return getSlot(variable, name).orElseThrow(() -> new IllegalStateException("no slot '" + name + "' for " + variable));
    }

    /** The model's floating type: the learning rate's. */
    protected Class<? extends TFloating> floatingType() {
        return learningRate.type();
    }

    /** A scalar graph variable of {@code type} starting at {@code initial}, widened to it (e.g. a beta^t counter). */
    protected <T extends TFloating> Variable<T> scalarVariable(String name, float initial, Class<T> type) {
        Ops init = tf.withInitScope();
        Variable<T> v = init.withName(name).variable(Shape.scalar(), type);
        init.assign(v, init.constant(type, initial));
        return v;
    }

    /**
     * Keras' step number t = iterations + 1 of this run, in {@code type}: a scalar variable
     * "iterations" from 0, advanced once per run. Every read goes through the output of the one
     * {@code Assign} that advances it, so each run sees exactly its own t (exact in float32 up to 2^24 steps).
     */
    protected <T extends TFloating> Operand<T> kerasStep(Class<T> type) {
        Variable<T> iterations = scalarVariable("iterations", 0f, type);
        return tf.assign(iterations, tf.math.add(iterations, tf.constant(type, 1f)), Assign.useLocking(true));
    }

    /** Element-wise max: TF Java types it for TNumber only, applyDense's operands are TType (here always floating). */
    @SuppressWarnings("unchecked")
    protected static <T extends TType> Operand<T> maximum(Ops ops, Operand<T> x, Operand<T> y) {
        return (Operand<T>) ops.math.maximum((Operand<TFloat32>) x, (Operand<TFloat32>) y);
    }

    /** Element-wise absolute value, typed as {@link #maximum}. */
    @SuppressWarnings("unchecked")
    protected static <T extends TType> Operand<T> abs(Ops ops, Operand<T> x) {
        return (Operand<T>) ops.math.abs((Operand<TFloat32>) x);
    }

    /** {@code power = power * beta}, beta widened to the power's type: advances a beta^t counter by one step. */
    protected static <T extends TFloating> Op advance(Ops ops, Variable<T> power, float beta) {
        return ops.assign(power, ops.math.mul(power, ops.constant(power.type(), beta)));
    }

    @Override
    protected Optional<Op> prepare(String scopeName) {
        return Optional.empty();
    }
}
