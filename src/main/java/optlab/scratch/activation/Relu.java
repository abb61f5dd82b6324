package optlab.scratch.activation;

/** f(z) = max(0, z); f'(z) = 1 if z > 0 else 0 (0 at z = 0, as TensorFlow's ReluGrad). */
public final class Relu implements ActivationFunction {

    @Override
    public double apply(double z) {
        return z > 0 ? z : 0;
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0 ? 1 : 0;
    }
}
