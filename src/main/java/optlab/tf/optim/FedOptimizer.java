package optlab.tf.optim;

import java.util.Optional;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.framework.optimizers.Optimizer;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TType;

/**
 * A tensorflow-framework optimizer whose learning rate is an operand (a placeholder fed every
 * step, so a schedule can change it) instead of a float baked into the graph. Subclasses build the
 * same training kernels with the same arguments as the framework's own classes; every other
 * hyperparameter is a graph constant, cast to the variable's type, as there.
 */
public abstract class FedOptimizer extends Optimizer {

    private final Operand<TFloat32> learningRate;

    protected FedOptimizer(Graph graph, Operand<TFloat32> learningRate) {
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

    /** A float32 scalar graph variable starting at {@code initial} (e.g. a beta^t counter). */
    protected Variable<TFloat32> scalarVariable(String name, float initial) {
        Ops init = tf.withInitScope();
        Variable<TFloat32> v = init.withName(name).variable(Shape.scalar(), TFloat32.class);
        init.assign(v, init.constant(initial));
        return v;
    }

    @Override
    protected Optional<Op> prepare(String scopeName) {
        return Optional.empty();
    }
}
