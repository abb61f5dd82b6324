package optlab.scratch.optim;

/**
 * TensorFlow's Adam ({@code ApplyAdam}) with the step counters in their intended order
 * (beta^t at step t):
 * <pre>
 * alpha = lr * sqrt(1 - beta2^t) / (1 - beta1^t)
 * m    += (g - m) * (1 - beta1)
 * v    += (g * g - v) * (1 - beta2)
 * w    -= alpha * m / (sqrt(v) + eps)
 * </pre>
 * Differs from the paper's Algorithm 1: eps is "epsilon hat", added to sqrt(v) before the bias
 * correction (equal to the paper with eps_paper = eps / sqrt(1 - beta2^t)); the textbook puts delta
 * inside the square root of the corrected moment.
 */
public final class AdamRule implements UpdateRule<AdamRule.Moments>, Float64UpdateRule<AdamRule.Float64Moments> {

    /** First and second moments of one parameter and the running powers beta1^t, beta2^t. */
    public static final class Moments {
        final float[] m;
        final float[] v;
        float beta1Power = 1f;
        float beta2Power = 1f;

        Moments(int size) {
            m = new float[size];
            v = new float[size];
        }
    }

    /** {@link Moments} in double. */
    public static final class Float64Moments {
        final double[] m;
        final double[] v;
        double beta1Power = 1d;
        double beta2Power = 1d;

        Float64Moments(int size) {
            m = new double[size];
            v = new double[size];
        }
    }

    private final float beta1;
    private final float beta2;
    private final float epsilon;

    public AdamRule(float beta1, float beta2, float epsilon) {
        this.beta1 = Hyperparameters.inUnitInterval("beta1", beta1);
        this.beta2 = Hyperparameters.inUnitInterval("beta2", beta2);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
    }

    @Override
    public Moments initialState(int size) {
        return new Moments(size);
    }

    @Override
    public void apply(float[] w, float[] g, Moments s, float lr) {
        s.beta1Power *= beta1;
        s.beta2Power *= beta2;
        float alpha = lr * (float) Math.sqrt(1f - s.beta2Power) / (1f - s.beta1Power);
        float[] m = s.m;
        float[] v = s.v;
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1f - beta1);
            v[i] += (g[i] * g[i] - v[i]) * (1f - beta2);
            w[i] -= (m[i] * alpha) / ((float) Math.sqrt(v[i]) + epsilon);
        }
    }

    @Override
    public Float64Moments initialFloat64State(int size) {
        return new Float64Moments(size);
    }

    @Override
    public void apply(double[] w, double[] g, Float64Moments s, double lr) {
        s.beta1Power *= beta1;
        s.beta2Power *= beta2;
        double alpha = lr * Math.sqrt(1d - s.beta2Power) / (1d - s.beta1Power);
        double[] m = s.m;
        double[] v = s.v;
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1d - beta1);
            v[i] += (g[i] * g[i] - v[i]) * (1d - beta2);
            w[i] -= (m[i] * alpha) / (Math.sqrt(v[i]) + epsilon);
        }
    }
}
