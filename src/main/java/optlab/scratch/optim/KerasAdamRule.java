package optlab.scratch.optim;

/**
 * Keras 3's Adam ({@code keras.optimizers.Adam}), moments starting at 0, t = iterations + 1 (as a
 * float) and the powers taken with pow, as Keras computes them:
 * <pre>
 * alpha = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t)
 * m    += (g - m) * (1 - beta_1)
 * v    += (g² - v) * (1 - beta_2)
 * vHat  = max(vHat, v)                         (amsgrad; then vHat replaces v below)
 * w    -= m * alpha / (sqrt(v) + eps)
 * </pre>
 * Differs from the TensorFlow kernel ({@code ApplyAdam}): the same epsilon-hat form, but Keras'
 * epsilon is 1e-7 (TF's 1e-8), its beta^t is pow(beta, t) rather than a running product, and it has amsgrad.
 */
public final class KerasAdamRule implements UpdateRule<KerasAdamRule.Moments>, Float64UpdateRule<KerasAdamRule.Float64Moments> {

    /** First and second moments of one parameter, their running maximum (amsgrad) and the iteration count. */
    public static final class Moments {
        final float[] m;
        final float[] v;
        final float[] vHat;
        int iterations;

        Moments(int size) {
            m = new float[size];
            v = new float[size];
            vHat = new float[size];
        }
    }

    /** {@link Moments} in double. */
    public static final class Float64Moments {
        final double[] m;
        final double[] v;
        final double[] vHat;
        int iterations;

        Float64Moments(int size) {
            m = new double[size];
            v = new double[size];
            vHat = new double[size];
        }
    }

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final boolean amsgrad;

    public KerasAdamRule(float beta1, float beta2, float epsilon, boolean amsgrad) {
        this.beta1 = Hyperparameters.inUnitInterval("beta_1", beta1);
        this.beta2 = Hyperparameters.inUnitInterval("beta_2", beta2);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
        this.amsgrad = amsgrad;
    }

    @Override
    public Moments initialState(int size) {
        return new Moments(size);
    }

    @Override
    public void apply(float[] w, float[] g, Moments s, float lr) {
        float t = ++s.iterations;
        float beta1Power = (float) Math.pow(beta1, t);
        float beta2Power = (float) Math.pow(beta2, t);
        float alpha = lr * (float) Math.sqrt(1f - beta2Power) / (1f - beta1Power);
        float[] m = s.m;
        float[] v = s.v;
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1f - beta1);
            v[i] += (g[i] * g[i] - v[i]) * (1f - beta2);
            float second = amsgrad ? (s.vHat[i] = Math.max(s.vHat[i], v[i])) : v[i];
            w[i] -= m[i] * alpha / ((float) Math.sqrt(second) + epsilon);
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
        double beta2Power = Math.pow(beta2, t);
        double alpha = lr * Math.sqrt(1d - beta2Power) / (1d - beta1Power);
        double[] m = s.m;
        double[] v = s.v;
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1d - beta1);
            v[i] += (g[i] * g[i] - v[i]) * (1d - beta2);
            double second = amsgrad ? (s.vHat[i] = Math.max(s.vHat[i], v[i])) : v[i];
            w[i] -= m[i] * alpha / (Math.sqrt(second) + epsilon);
        }
    }
}
