package optlab.scratch.optim;

/**
 * TensorFlow Java 1.0.0's Nadam exactly as it runs: its step number is read while the graph is
 * built (still 0), so these constants hold for every step:
 * <pre>
 * mu1 = beta1 * (1 - 0.5 * 0.96^(0.004 * 1)),  mu2 = beta1 * (1 - 0.5 * 0.96^(0.004 * 2)),  vDen = 1 - beta2
 * prod = prod * mu1                 (prod starts at 1, so prod = mu1^t)
 * gHat = g / (1 - prod)
 * m    = beta1 * m + (1 - beta1) * g,          mHat = m / (1 - prod * mu2)
 * v    = beta2 * v + (1 - beta2) * g * g,      vHat = v / vDen
 * mBar = (1 - mu1) * gHat + mu2 * mHat
 * w   -= lr * mBar / (sqrt(vHat) + eps)
 * </pre>
 * Differs from the Nadam it meant ({@link NadamRule}): only step 1 is a true Nadam step; later the
 * mu schedule never moves and v is divided by 1 - beta2 instead of 1 - beta2^t, so steps shrink
 * towards 1/sqrt(1000) of their intended size.
 * In a float64 graph TF Java's Nadam still computes these scalars in float32 (its counter is a
 * float32 variable) and only the element-wise step in double; the float64 form does the same.
 */
public final class TfJavaNadamRule implements UpdateRule<TfJavaNadamRule.Moments>, Float64UpdateRule<TfJavaNadamRule.Float64Moments> {

    /** First and second moments of one parameter and the running product of mu1. */
    public static final class Moments {
        final float[] m;
        final float[] v;
        float prod = 1f;

        Moments(int size) {
            m = new float[size];
            v = new float[size];
        }
    }

    /** {@link Moments} with m and v in double; prod stays float32, as TF Java's own counter does in a float64 graph. */
    public static final class Float64Moments {
        final double[] m;
        final double[] v;
        float prod = 1f;

        Float64Moments(int size) {
            m = new double[size];
            v = new double[size];
        }
    }

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final float mu1;
    private final float mu2;

    public TfJavaNadamRule(float beta1, float beta2, float epsilon) {
        this.beta1 = Hyperparameters.inUnitInterval("beta1", beta1);
        this.beta2 = Hyperparameters.inUnitInterval("beta2", beta2);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
        mu1 = NadamStep.mu(beta1, 1);
        mu2 = NadamStep.mu(beta1, 2);
    }

    @Override
    public Moments initialState(int size) {
        return new Moments(size);
    }

    @Override
    public void apply(float[] w, float[] g, Moments s, float lr) {
        s.prod *= mu1;
        var schedule = new NadamStep.Schedule(mu1, mu2, s.prod, s.prod * mu2, 1f - beta2);
        NadamStep.apply(w, g, s.m, s.v, beta1, beta2, epsilon, schedule, lr);
    }

    @Override
    public Float64Moments initialFloat64State(int size) {
        return new Float64Moments(size);
    }

    /** {@code lr} is narrowed to float: TF Java's Nadam holds its learning rate as a float, in a float64 graph too. */
    @Override
    public void apply(double[] w, double[] g, Float64Moments s, double lr) {
        s.prod *= mu1;
        var schedule = NadamStep.Float64Schedule.widened(new NadamStep.Schedule(mu1, mu2, s.prod, s.prod * mu2, 1f - beta2), beta1, beta2);
        NadamStep.apply(w, g, s.m, s.v, beta1, beta2, epsilon, schedule, (float) lr);
    }
}
