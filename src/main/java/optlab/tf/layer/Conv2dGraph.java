package optlab.tf.layer;

import java.util.List;
import java.util.Locale;
import optlab.spec.LayerSpec;
import optlab.train.NamedTensor;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/** f(conv2d(x, K) + b) on NHWC input: {@code Conv2D}, {@code BiasAdd}, the activation. */
public final class Conv2dGraph<T extends TFloating> extends WeightedGraph<T> {

    private final LayerSpec.Conv2d spec;

    public Conv2dGraph(Ops tf, LayerSpec.Conv2d spec, double leakyAlpha, NamedTensor kernel, NamedTensor bias, Class<T> type) {
        super(tf, spec.activation(), leakyAlpha, kernel, bias, type);
        this.spec = spec;
    }

    @Override
    Operand<T> z(Ops tf, Operand<T> x) {
        long s = spec.stride();
        Operand<T> conv = tf.nn.conv2d(x, GraphVariables.read(tf, kernel), List.of(1L, s, s, 1L), spec.padding().id().toUpperCase(Locale.ROOT));
        return tf.nn.biasAdd(conv, GraphVariables.read(tf, bias));
    }
}
