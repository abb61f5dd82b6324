package optlab.scratch.optim;

/**
 * Adam as the course sheet writes it (after Goodfellow et al., Deep Learning, Algorithm 8.7, whose
 * printed form has {@code sqrt(rHat) + delta}; the course puts delta inside the root), moments
 * starting at 0, t the step:
 * <pre>
 * s    = beta1 * s + (1 - beta1) * g
 * r    = beta2 * r + (1 - beta2) * g * g
 * sHat = s / (1 - beta1^t),   rHat = r / (1 - beta2^t)
 * w   -= lr * sHat / sqrt(rHat + delta)
 * </pre>
 * Differs from TensorFlow's Adam: TF adds its epsilon to sqrt(v) before the bias correction
 * ("epsilon hat"); here delta sits inside the square root of the corrected moment.
 */
public final class TextbookAdamRule implements UpdateRule<TextbookAdamRule.Moments> {

    /** First and second moments of one parameter and the running powers beta1^t, beta2^t. */
    public static final class Moments {
        final float[] s;
        final float[] r;
        float beta1Power = 1f;
        float beta2Power = 1f;

        Moments(int size) {
            s = new float[size];
            r = new float[size];
        }
    }

    private final float beta1;
    private final float beta2;
    private final float delta;

    public TextbookAdamRule(float beta1, float beta2, float delta) {
        this.beta1 = Hyperparameters.inUnitInterval("beta1", beta1);
        this.beta2 = Hyperparameters.inUnitInterval("beta2", beta2);
        this.delta = Hyperparameters.positive("delta", delta);
    }

    @Override
    public Moments initialState(int size) {
        return new Moments(size);
    }

    @Override
    public void apply(float[] w, float[] g, Moments m, float lr) {
        m.beta1Power *= beta1;
        m.beta2Power *= beta2;
        float[] s = m.s;
        float[] r = m.r;
        for (int i = 0; i < w.length; i++) {
            s[i] = beta1 * s[i] + (1f - beta1) * g[i];
            r[i] = beta2 * r[i] + (1f - beta2) * g[i] * g[i];
            float sHat = s[i] / (1f - m.beta1Power);
            float rHat = r[i] / (1f - m.beta2Power);
            w[i] -= lr * sHat / (float) Math.sqrt(rHat + delta);
        }
    }
}
