package optlab.scratch.optim;

/**
 * Keras 3's Adadelta ({@code keras.optimizers.Adadelta}), both accumulators starting at 0:
 * <pre>
 * accG = rho * accG + (1 - rho) * g²
 * d    = -(sqrt(accD + eps) * g / sqrt(accG + eps))
 * accD = rho * accD + (1 - rho) * d²
 * w   += lr * d
 * </pre>
 * Differs from the TensorFlow kernel ({@code ApplyAdadelta}): the same rule and defaults; TF
 * multiplies by {@code rsqrt(accG + eps)} where Keras divides by the root, which can move the last bit.
 */
public final class KerasAdadeltaRule implements UpdateRule<KerasAdadeltaRule.Accumulators>,
        Float64UpdateRule<KerasAdadeltaRule.Float64Accumulators> {

    /** Running means of g² and of the squared steps d² of one parameter. */
    public static final class Accumulators {
        final float[] grad;
        final float[] delta;

        Accumulators(int size) {
            grad = new float[size];
            delta = new float[size];
        }
    }

    /** {@link Accumulators} in double. */
    public static final class Float64Accumulators {
        final double[] grad;
        final double[] delta;

        Float64Accumulators(int size) {
            grad = new double[size];
            delta = new double[size];
        }
    }

    private final float rho;
    private final float epsilon;

    public KerasAdadeltaRule(float rho, float epsilon) {
        this.rho = Hyperparameters.inUnitInterval("rho", rho);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
    }

    @Override
    public Accumulators initialState(int size) {
        return new Accumulators(size);
    }

    @Override
    public void apply(float[] w, float[] g, Accumulators s, float lr) {
        float[] accG = s.grad;
        float[] accD = s.delta;
        for (int i = 0; i < w.length; i++) {
            accG[i] = rho * accG[i] + (1f - rho) * (g[i] * g[i]);
            float d = -((float) Math.sqrt(accD[i] + epsilon) * g[i] / (float) Math.sqrt(accG[i] + epsilon));
            accD[i] = rho * accD[i] + (1f - rho) * (d * d);
            w[i] += lr * d;
        }
    }

    @Override
    public Float64Accumulators initialFloat64State(int size) {
        return new Float64Accumulators(size);
    }

    @Override
    public void apply(double[] w, double[] g, Float64Accumulators s, double lr) {
        double[] accG = s.grad;
        double[] accD = s.delta;
        for (int i = 0; i < w.length; i++) {
            accG[i] = rho * accG[i] + (1d - rho) * (g[i] * g[i]);
            double d = -(Math.sqrt(accD[i] + epsilon) * g[i] / Math.sqrt(accG[i] + epsilon));
            accD[i] = rho * accD[i] + (1d - rho) * (d * d);
            w[i] += lr * d;
        }
    }
}
