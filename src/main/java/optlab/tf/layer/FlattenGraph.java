package optlab.tf.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/** {@code Reshape} to one row per example, row-major over height, width and channels. */
public final class FlattenGraph<T extends TFloating> implements GraphLayer<T> {

    private final int size;

    public FlattenGraph(int size) {
        this.size = size;
    }

    @Override
    public Operand<T> apply(Ops tf, Operand<T> x, boolean training) {
        return tf.reshape(x, tf.constant(new int[] {-1, size}));
    }
}
