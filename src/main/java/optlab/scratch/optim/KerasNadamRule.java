package optlab.scratch.optim;

/**
 * Keras 3's Nadam ({@code keras.optimizers.Nadam}), m and v starting at 0, the running product P
 * of the momentum schedule at 1 (a variable, as Keras keeps it), t = iterations + 1:
 * <pre>
 * u_t   = beta_1 * (1 - 0.5 * 0.96^t),     u_t1 = beta_1 * (1 - 0.5 * 0.96^(t+1))
 * P     = P * beta_1 * (1 - 0.5 * 0.96^t)  (before the step; = u_1 ... u_t)
 * m    += (g - m) * (1 - beta_1)
 * v    += (g² - v) * (1 - beta_2)
 * mHat  = u_t1 * m / (1 - P * u_t1) + (1 - u_t) * g / (1 - P)
 * vHat  = v / (1 - beta_2^t)
 * w    -= mHat * lr / (sqrt(vHat) + eps)
 * </pre>
 * Powers with pow, as Keras; 0.5 and 0.96 are float32 in the float32 form and exact in the float64 one.
 * Differs from the TensorFlow kernel: TF Java's Nadam (nadam-tfjava) freezes t at 1 and its
 * schedule is 0.96^(0.004 t), as is this project's nadam; Keras' epsilon is 1e-7 (TF's 1e-8).
 */
public final class KerasNadamRule implements UpdateRule<KerasNadamRule.Moments>, Float64UpdateRule<KerasNadamRule.Float64Moments> {

    /** First and second moments of one parameter, the product of the schedule and the iteration count. */
    public static final class Moments {
        final float[] m;
        final float[] v;
        float uProduct = 1f;
        int iterations;

        Moments(int size) {
            m = new float[size];
            v = new float[size];
        }
    }

    /** {@link Moments} in double. */
    public static final class Float64Moments {
        final double[] m;
        final double[] v;
        double uProduct = 1d;
        int iterations;

        Float64Moments(int size) {
            m = new double[size];
            v = new double[size];
        }
    }

    private final float beta1;
    private final float beta2;
    private final float epsilon;

    public KerasNadamRule(float beta1, float beta2, float epsilon) {
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
        s.uProduct = s.uProduct * beta1 * (1f - 0.5f * (float) Math.pow(0.96f, t));
        float uT = beta1 * (1f - 0.5f * (float) Math.pow(0.96f, t));
        float uT1 = beta1 * (1f - 0.5f * (float) Math.pow(0.96f, t + 1f));
        float uProductT1 = s.uProduct * uT1;
        float beta2Power = (float) Math.pow(beta2, t);
        float[] m = s.m;
        float[] v = s.v;
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1f - beta1);
            v[i] += (g[i] * g[i] - v[i]) * (1f - beta2);
            float mHat = uT1 * m[i] / (1f - uProductT1) + (1f - uT) * g[i] / (1f - s.uProduct);
            float vHat = v[i] / (1f - beta2Power);
            w[i] -= mHat * lr / ((float) Math.sqrt(vHat) + epsilon);
        }
    }

    @Override
    public Float64Moments initialFloat64State(int size) {
        return new Float64Moments(size);
    }

    @Override
    public void apply(double[] w, double[] g, Float64Moments s, double lr) {
        double t = ++s.iterations;
        s.uProduct = s.uProduct * beta1 * (1d - 0.5 * Math.pow(0.96, t));
        double uT = beta1 * (1d - 0.5 * Math.pow(0.96, t));
        double uT1 = beta1 * (1d - 0.5 * Math.pow(0.96, t + 1d));
        double uProductT1 = s.uProduct * uT1;
        double beta2Power = Math.pow(beta2, t);
        double[] m = s.m;
        double[] v = s.v;
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1d - beta1);
            v[i] += (g[i] * g[i] - v[i]) * (1d - beta2);
            double mHat = uT1 * m[i] / (1d - uProductT1) + (1d - uT) * g[i] / (1d - s.uProduct);
            double vHat = v[i] / (1d - beta2Power);
            w[i] -= mHat * lr / (Math.sqrt(vHat) + epsilon);
        }
    }
}
