package optlab.scratch.optim;

/**
 * Keras 3's RMSprop ({@code keras.optimizers.RMSprop}), every accumulator starting at 0:
 * <pre>
 * v   = rho * v + (1 - rho) * g²
 * mg  = rho * mg + (1 - rho) * g                          (centered only)
 * den = centered ? v - mg² + eps : v + eps                (epsilon inside the root)
 * inc = lr * g / sqrt(den)
 * mom = momentum * mom + inc
 * w  -= mom
 * </pre>
 * Keras skips {@code mom} when momentum is 0 and takes {@code w -= inc}; the lines above give
 * exactly that then. Differs from the TensorFlow kernel ({@code ApplyRMSProp}): TF starts its mean
 * square at 1 (with g = 0.1 its first step is about 30 times smaller) and its epsilon is 1e-10, not 1e-7.
 */
public final class KerasRmsPropRule implements UpdateRule<KerasRmsPropRule.Moments>, Float64UpdateRule<KerasRmsPropRule.Float64Moments> {

    /** Mean square, momentum buffer and (centered) mean gradient of one parameter. */
    public static final class Moments {
        final float[] v;
        final float[] mom;
        final float[] mg;

        Moments(int size) {
            v = new float[size];
            mom = new float[size];
            mg = new float[size];
        }
    }

    /** {@link Moments} in double. */
    public static final class Float64Moments {
        final double[] v;
        final double[] mom;
        final double[] mg;

        Float64Moments(int size) {
            v = new double[size];
            mom = new double[size];
            mg = new double[size];
        }
    }

    private final float rho;
    private final float momentum;
    private final float epsilon;
    private final boolean centered;

    public KerasRmsPropRule(float rho, float momentum, float epsilon, boolean centered) {
        this.rho = Hyperparameters.inUnitInterval("rho", rho);
        this.momentum = Hyperparameters.inUnitInterval("momentum", momentum);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
        this.centered = centered;
    }

    @Override
    public Moments initialState(int size) {
        return new Moments(size);
    }

    @Override
    public void apply(float[] w, float[] g, Moments s, float lr) {
        float[] v = s.v;
        float[] mom = s.mom;
        float[] mg = s.mg;
        for (int i = 0; i < w.length; i++) {
            v[i] = rho * v[i] + (1f - rho) * (g[i] * g[i]);
            float den;
            if (centered) {
                mg[i] = rho * mg[i] + (1f - rho) * g[i];
                den = v[i] - mg[i] * mg[i] + epsilon;
            } else {
                den = v[i] + epsilon;
            }
            float inc = lr * g[i] / (float) Math.sqrt(den);
            mom[i] = momentum * mom[i] + inc;
            w[i] -= mom[i];
        }
    }

    @Override
    public Float64Moments initialFloat64State(int size) {
        return new Float64Moments(size);
    }

    @Override
    public void apply(double[] w, double[] g, Float64Moments s, double lr) {
        double[] v = s.v;
        double[] mom = s.mom;
        double[] mg = s.mg;
        for (int i = 0; i < w.length; i++) {
            v[i] = rho * v[i] + (1d - rho) * (g[i] * g[i]);
            double den;
            if (centered) {
                mg[i] = rho * mg[i] + (1d - rho) * g[i];
                den = v[i] - mg[i] * mg[i] + epsilon;
            } else {
                den = v[i] + epsilon;
            }
            double inc = lr * g[i] / Math.sqrt(den);
            mom[i] = momentum * mom[i] + inc;
            w[i] -= mom[i];
        }
    }
}
