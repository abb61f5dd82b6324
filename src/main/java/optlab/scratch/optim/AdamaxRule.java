package optlab.scratch.optim;

/**
 * TensorFlow's Adamax ({@code ApplyAdaMax}) with the step counter in its intended order
 * (beta1^t at step t); m and u start at 0:
 * <pre>
 * m  += (g - m) * (1 - beta1)
 * u   = max(beta2 * u, |g|)
 * w  -= lr / (1 - beta1^t) * (m / (u + eps))
 * </pre>
 * Differs from Kingma and Ba's section 7.1: the paper has no eps; PyTorch puts eps into the max.
 */
public final class AdamaxRule implements UpdateRule<AdamaxRule.Moments>, Float64UpdateRule<AdamaxRule.Float64Moments> {

    /** First moment, infinity norm and the running power beta1^t of one parameter. */
    public static final class Moments {
        final float[] m;
        final float[] u;
        float beta1Power = 1f;

        Moments(int size) {
            m = new float[size];
            u = new float[size];
        }
    }

    /** {@link Moments} in double. */
    public static final class Float64Moments {
        final double[] m;
        final double[] u;
        double beta1Power = 1d;

        Float64Moments(int size) {
            m = new double[size];
            u = new double[size];
        }
    }

    private final float beta1;
    private final float beta2;
    private final float epsilon;

    public AdamaxRule(float beta1, float beta2, float epsilon) {
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
        float stepSize = lr / (1f - s.beta1Power);
        float[] m = s.m;
        float[] u = s.u;
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1f - beta1);
            u[i] = Math.max(beta2 * u[i], Math.abs(g[i]));
            w[i] -= stepSize * (m[i] / (u[i] + epsilon));
        }
    }

    @Override
    public Float64Moments initialFloat64State(int size) {
        return new Float64Moments(size);
    }

    @Override
    public void apply(double[] w, double[] g, Float64Moments s, double lr) {
        s.beta1Power *= beta1;
        double stepSize = lr / (1d - s.beta1Power);
        double[] m = s.m;
        double[] u = s.u;
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1d - beta1);
            u[i] = Math.max(beta2 * u[i], Math.abs(g[i]));
            w[i] -= stepSize * (m[i] / (u[i] + epsilon));
        }
    }
}
