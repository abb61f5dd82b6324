package optlab.tf.layer;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.family.TFloating;

/**
 * Inverted dropout with the mask fed from Java ({@code train.DropoutMasks}), so the graph drops
 * the same units as the scratch network: x * mask in training, x at evaluation. TensorFlow's own
 * random dropout is never used.
 */
public final class DropoutGraph<T extends TFloating> implements GraphLayer<T> {

    private final Placeholder<T> mask;

    /** @param in the shape of one example's input, e.g. [13, 13, 32] */
    public DropoutGraph(Ops tf, String name, List<Integer> in, Class<T> type) {
        long[] dims = new long[in.size() + 1];
        dims[0] = -1;
        for (int i = 0; i < in.size(); i++) {
            dims[i + 1] = in.get(i);
        }
        mask = tf.withName(name + "_mask").placeholder(type, Placeholder.shape(Shape.of(dims)));
    }

    public Placeholder<T> mask() {
        return mask;
    }

    @Override
    public Operand<T> apply(Ops tf, Operand<T> x, boolean training) {
        return training ? tf.math.mul(x, mask) : x;
    }
}
