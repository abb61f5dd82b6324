package optlab.scratch.activation;

/** f(z) = z; f'(z) = 1. */
public final class Linear implements ActivationFunction {

    @Override
    public double apply(double z) {
        return z;
    }

    @Override
    public double derivative(double z, double a) {
        return 1;
    }
}
