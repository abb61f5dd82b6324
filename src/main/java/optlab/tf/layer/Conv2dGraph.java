package optlab.tf.layer;

import java.util.List;
import optlab.spec.LayerSpec;
import optlab.train.NamedTensor;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/** f(conv2d(x, K) + b) on NHWC input: {@code Conv2D}, {@code BiasAdd}, the activation. */
public final class Conv2dGraph<T extends TFloating> implements GraphLayer<T> {

    private final LayerSpec.Conv2d spec;
    private final double leakyAlpha;
    private final Variable<T> kernel;
    private final Variable<T> bias;

    public Conv2dGraph(Ops tf, LayerSpec.Conv2d spec, double leakyAlpha, NamedTensor kernel, NamedTensor bias, Class<T> type) {
        this.spec = spec;
        this.leakyAlpha = leakyAlpha;
        this.kernel = GraphVariables.of(tf, kernel, type);
        this.bias = GraphVariables.of(tf, bias, type);
    }

    @Override
    public Operand<T> apply(Ops tf, Operand<T> x, boolean training) {
        long s = spec.stride();
        Operand<T> conv = tf.nn.conv2d(x, GraphVariables.read(tf, kernel), List.of(1L, s, s, 1L), spec.padding().id().toUpperCase());
        Operand<T> z = tf.nn.biasAdd(conv, GraphVariables.read(tf, bias));
        return Activations.apply(tf, spec.activation(), leakyAlpha, z);
    }

    @Override
    public List<Variable<T>> variables() {
        return List.of(kernel, bias);
    }
}
