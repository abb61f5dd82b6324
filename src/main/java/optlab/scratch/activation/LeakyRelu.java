package optlab.scratch.activation;

/** f(z) = z if z > 0 else alpha z; f'(z) = 1 if z > 0 else alpha. */
public final class LeakyRelu implements ActivationFunction {

    private final double alpha;

    public LeakyRelu(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public double apply(double z) {
        return z > 0 ? z : alpha * z;
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0 ? 1 : alpha;
    }
}
