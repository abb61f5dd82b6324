package optlab.tf.layer;

import java.util.List;
import optlab.train.NamedTensor;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/** Variables filled from the shared float32 initial weights, cast to T, never from TensorFlow's initializers. */
public final class GraphVariables {

    private GraphVariables() {
    }

    public static <T extends TFloating> Variable<T> of(Ops tf, NamedTensor initial, Class<T> type) {
        Shape shape = shape(initial.shape());
        Ops init = tf.withInitScope();
        Variable<T> v = init.withName(initial.name().replace('/', '_')).variable(shape, type);
        init.assign(v, init.dtypes.cast(init.constant(shape, DataBuffers.of(initial.values(), true, false)), type));
        return v;
    }

    /** The variable's value as the model reads it: through identity, since gradients taken straight at a VariableV2 crashed TF Java 1.0.0. */
    static <T extends TFloating> Operand<T> read(Ops tf, Variable<T> v) {
        return tf.identity(v);
    }

    public static Shape shape(List<Integer> dims) {
        return Shape.of(dims.stream().mapToLong(Integer::longValue).toArray());
    }
}
