package optlab.tf.layer;

import java.util.List;
import optlab.spec.LayerSpec;
import optlab.train.NamedTensor;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/** f(x W + b): {@code matMul}, {@code add}, the activation. */
public final class DenseGraph<T extends TFloating> implements GraphLayer<T> {

    private final LayerSpec.Dense spec;
    private final double leakyAlpha;
    private final Variable<T> kernel;
    private final Variable<T> bias;

    public DenseGraph(Ops tf, LayerSpec.Dense spec, double leakyAlpha, NamedTensor kernel, NamedTensor bias, Class<T> type) {
        this.spec = spec;
        this.leakyAlpha = leakyAlpha;
        this.kernel = GraphVariables.of(tf, kernel, type);
        this.bias = GraphVariables.of(tf, bias, type);
    }

    @Override
    public Operand<T> apply(Ops tf, Operand<T> x, boolean training) {
        Operand<T> z = tf.math.add(tf.linalg.matMul(x, GraphVariables.read(tf, kernel)), GraphVariables.read(tf, bias));
        return Activations.apply(tf, spec.activation(), leakyAlpha, z);
    }

    @Override
    public List<Variable<T>> variables() {
        return List.of(kernel, bias);
    }
}
