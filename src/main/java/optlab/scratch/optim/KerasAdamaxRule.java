package optlab.scratch.optim;

/**
 * Keras 3's Adamax ({@code keras.optimizers.Adamax}), m and u starting at 0, t = iterations + 1:
 * <pre>
 * m  += (g - m) * (1 - beta_1)
 * u   = max(beta_2 * u, |g|)
 * w  -= lr * m / ((1 - beta_1^t) * (u + eps))
 * </pre>
 * Differs from the TensorFlow kernel ({@code ApplyAdaMax}): the same rule and defaults; TF divides
 * lr by (1 - beta_1^t) first and keeps beta_1^t as a running product, Keras takes pow(beta_1, t).
 */
public final class KerasAdamaxRule implements UpdateRule<KerasAdamaxRule.Moments>, Float64UpdateRule<KerasAdamaxRule.Float64Moments> {

    /** First moment and exponentially weighted infinity norm of one parameter, and the iteration count. */
    public static final class Moments {
        final float[] m;
        final float[] u;
        int iterations;

        Moments(int size) {
            m = new float[size];
            u = new float[size];
        }
    }

    /** {@link Moments} in double. */
    public static final class Float64Moments {
        final double[] m;
        final double[] u;
        int iterations;

        Float64Moments(int size) {
            m = new double[size];
            u = new double[size];
        }
    }

    private final float beta1;
    private final float beta2;
    private final float epsilon;

    public KerasAdamaxRule(float beta1, float beta2, float epsilon) {
        this.beta1 = Hyperparameters.inUnitInterval("beta_1", beta1);
        this.beta2 = Hyperparameters.inUnitInterval("beta_2", beta2);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
    }

    @Override
    public Moments initialState(int size) {
        return new Moments(size);
    }

    @Override
    public void apply(float[] w, float[] g, Moments s, float lr) {
        float t = ++s.iterations;
        float beta1Power = (float) Math.pow(beta1, t);
        float[] m = s.m;
        float[] u = s.u;
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1f - beta1);
            u[i] = Math.max(beta2 * u[i], Math.abs(g[i]));
            w[i] -= lr * m[i] / ((1f - beta1Power) * (u[i] + epsilon));
        }
    }

    @Override
    public Float64Moments initialFloat64State(int size) {
        return new Float64Moments(size);
    }

    @Override
    public void apply(double[] w, double[] g, Float64Moments s, double lr) {
        double t = ++s.iterations;
        double beta1Power = Math.pow(beta1, t);
        double[] m = s.m;
        double[] u = s.u;
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1d - beta1);
            u[i] = Math.max(beta2 * u[i], Math.abs(g[i]));
            w[i] -= lr * m[i] / ((1d - beta1Power) * (u[i] + epsilon));
        }
    }
}
