package optlab.tf.layer;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/**
 * One layer of the model as TensorFlow ops, the twin of a {@code scratch.layer} class. Its
 * variables are made once, when it is built; {@link #apply} may be called twice, for the training
 * path (with the step's dropout masks) and the evaluation path (without), and both read the same
 * variables. TensorFlow differentiates it; no gradient is written here.
 */
public interface GraphLayer<T extends TFloating> {

    Operand<T> apply(Ops tf, Operand<T> input, boolean training);

    /** Kernel before bias; none for pooling, dropout and flatten. */
    default List<Variable<T>> variables() {
        return List.of();
    }
}
