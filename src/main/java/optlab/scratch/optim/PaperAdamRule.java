package optlab.scratch.optim;

/**
 * Adam as Kingma and Ba's paper writes it (Algorithm 1), moments starting at 0, t the step:
 * <pre>
 * m    = beta1 * m + (1 - beta1) * g
 * v    = beta2 * v + (1 - beta2) * g * g
 * mHat = m / (1 - beta1^t),   vHat = v / (1 - beta2^t)
 * w   -= lr * mHat / (sqrt(vHat) + eps)
 * </pre>
 * Differs from the TensorFlow kernel ({@code ApplyAdam}): TF adds its epsilon to sqrt(v) before
 * the bias correction ("epsilon hat", eps_paper = eps / sqrt(1 - beta2^t)); the course sheet
 * ({@code adam-textbook}) puts delta inside the square root of the corrected moment. Its state is
 * Adam's: the moments and the running powers beta1^t, beta2^t.
 */
public final class PaperAdamRule implements UpdateRule<AdamRule.Moments> {

    private final float beta1;
    private final float beta2;
    private final float epsilon;

    public PaperAdamRule(float beta1, float beta2, float epsilon) {
        this.beta1 = Hyperparameters.inUnitInterval("beta1", beta1);
        this.beta2 = Hyperparameters.inUnitInterval("beta2", beta2);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
    }

    @Override
    public AdamRule.Moments initialState(int size) {
        return new AdamRule.Moments(size);
    }

    @Override
    public void apply(float[] w, float[] g, AdamRule.Moments s, float lr) {
        s.beta1Power *= beta1;
        s.beta2Power *= beta2;
        float[] m = s.m;
        float[] v = s.v;
        for (int i = 0; i < w.length; i++) {
            m[i] = beta1 * m[i] + (1f - beta1) * g[i];
            v[i] = beta2 * v[i] + (1f - beta2) * g[i] * g[i];
            float mHat = m[i] / (1f - s.beta1Power);
            float vHat = v[i] / (1f - s.beta2Power);
            w[i] -= lr * mHat / ((float) Math.sqrt(vHat) + epsilon);
        }
    }
}
