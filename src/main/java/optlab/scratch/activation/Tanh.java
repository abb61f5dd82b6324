package optlab.scratch.activation;

/** f(z) = tanh z; f'(z) = 1 - a^2. */
public final class Tanh implements ActivationFunction {

    @Override
    public double apply(double z) {
        return Math.tanh(z);
    }

    @Override
    public double derivative(double z, double a) {
        return 1 - a * a;
    }
}
