package optlab.tf.layer;

import optlab.spec.LayerSpec;
import optlab.train.NamedTensor;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

/** f(x W + b): {@code MatMul}, {@code Add}, the activation; f(x W) without a bias. */
public final class DenseGraph<T extends TFloating> extends WeightedGraph<T> {

    public DenseGraph(Ops tf, LayerSpec.Dense spec, double leakyAlpha, NamedTensor kernel, NamedTensor bias, Class<T> type) {
        super(tf, spec.activation(), leakyAlpha, kernel, bias, type);
    }

    @Override
    Operand<T> z(Ops tf, Operand<T> x) {
        Operand<T> product = tf.linalg.matMul(x, GraphVariables.read(tf, kernel));
        return bias == null ? product : tf.math.add(product, GraphVariables.read(tf, bias));
    }
}
