package optlab.tf.layer;

import optlab.spec.LayerSpec;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/** {@code MaxPoolV2} over square windows, NHWC. */
public final class MaxPool2dGraph<T extends TFloating> implements GraphLayer<T> {

    private final LayerSpec.MaxPool2d spec;

    public MaxPool2dGraph(LayerSpec.MaxPool2d spec) {
        this.spec = spec;
    }

    @Override
    public Operand<T> apply(Ops tf, Operand<T> x, boolean training) {
        int p = spec.pool();
        int s = spec.stride();
        return tf.nn.maxPool(x, tf.constant(new int[] {1, p, p, 1}), tf.constant(new int[] {1, s, s, 1}),
                spec.padding().id().toUpperCase(java.util.Locale.ROOT));
    }
}
