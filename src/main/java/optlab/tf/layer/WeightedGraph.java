package optlab.tf.layer;

import java.util.List;
import optlab.spec.Activation;
import optlab.train.NamedTensor;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;

/** A layer with a kernel, a bias (null for none) and an activation: what dense and conv2d share on the graph side. */
abstract class WeightedGraph<T extends TFloating> implements GraphLayer<T> {

    private final Activation activation;
    private final double leakyAlpha;
    final Variable<T> kernel;
    final Variable<T> bias;

    WeightedGraph(Ops tf, Activation activation, double leakyAlpha, NamedTensor kernel, NamedTensor bias, Class<T> type) {
        this.activation = activation;
        this.leakyAlpha = leakyAlpha;
        this.kernel = GraphVariables.of(tf, kernel, type);
        this.bias = bias == null ? null : GraphVariables.of(tf, bias, type);
    }

    /** The pre-activation z of the layer's input. */
    abstract Operand<T> z(Ops tf, Operand<T> x);

    @Override
    public final Operand<T> apply(Ops tf, Operand<T> x, boolean training) {
        return Activations.apply(tf, activation, leakyAlpha, z(tf, x));
    }

    @Override
    public final List<Variable<T>> variables() {
        return bias == null ? List.of(kernel) : List.of(kernel, bias);
    }
}
