package optlab.scratch.optim;

/**
 * Nadam as TF Java's Nadam was meant to be (Dozat's schedule, as PyTorch's NAdam), with the real
 * step t; m and v start at 0, prod at 1:
 * <pre>
 * mu_t = beta1 * (1 - 0.5 * 0.96^(0.004 t)),   mu_(t+1) likewise
 * prod = prod * mu_t,                          prodNext = prod * mu_(t+1)
 * gHat = g / (1 - prod)
 * m    = beta1 * m + (1 - beta1) * g,          mHat = m / (1 - prodNext)
 * v    = beta2 * v + (1 - beta2) * g * g,      vHat = v / (1 - beta2^t)
 * mBar = (1 - mu_t) * gHat + mu_(t+1) * mHat
 * w   -= lr * mBar / (sqrt(vHat) + eps)
 * </pre>
 * float32 in TF Java's operation order; beta2^t by repeated float multiplication, the power
 * 0.96^(0.004 t) in double rounded to float. Step 1 equals TF Java's step 1. The float64 form
 * computes every scalar in double, as {@code FedNadam} does in a float64 graph.
 * Differs from TensorFlow Java's Nadam ({@link TfJavaNadamRule}): TF Java freezes t at 1 in the
 * schedule and in v's bias correction. Keras 3 uses mu_t = beta1 * (1 - 0.5 * 0.96^t).
 */
public final class NadamRule implements UpdateRule<NadamRule.Moments>, Float64UpdateRule<NadamRule.Float64Moments> {

    /** First and second moments of one parameter, the step number, the product of mu and beta2^t. */
    public static final class Moments {
        final float[] m;
        final float[] v;
        int t;
        float prod = 1f;
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
        int t;
        double prod = 1d;
        double beta2Power = 1d;

        Float64Moments(int size) {
            m = new double[size];
            v = new double[size];
        }
    }

    private final float beta1;
    private final float beta2;
    private final float epsilon;

    public NadamRule(float beta1, float beta2, float epsilon) {
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
        s.t++;
        float mu = NadamStep.mu(beta1, s.t);
        float muNext = NadamStep.mu(beta1, s.t + 1);
        s.prod *= mu;
        s.beta2Power *= beta2;
        var schedule = new NadamStep.Schedule(mu, muNext, s.prod, s.prod * muNext, 1f - s.beta2Power);
        NadamStep.apply(w, g, s.m, s.v, beta1, beta2, epsilon, schedule, lr);
    }

    @Override
    public Float64Moments initialFloat64State(int size) {
        return new Float64Moments(size);
    }

    @Override
    public void apply(double[] w, double[] g, Float64Moments s, double lr) {
        s.t++;
        double mu = NadamStep.float64Mu(beta1, s.t);
        double muNext = NadamStep.float64Mu(beta1, s.t + 1);
        s.prod *= mu;
        s.beta2Power *= beta2;
        var schedule = new NadamStep.Float64Schedule(1d - mu, muNext, 1d - s.prod, 1d - s.prod * muNext, 1d - s.beta2Power,
                1d - beta1, 1d - beta2);
        NadamStep.apply(w, g, s.m, s.v, beta1, beta2, epsilon, schedule, lr);
    }
}
