package optlab.scratch.activation;

/** f(z) = 1 / (1 + e^-z); f'(z) = a (1 - a). */
public final class Sigmoid implements ActivationFunction {

    @Override
    public double apply(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public double derivative(double z, double a) {
        return a * (1 - a);
    }
}
