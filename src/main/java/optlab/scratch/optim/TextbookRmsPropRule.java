package optlab.scratch.optim;

/**
 * RMSProp as the course sheet writes it (after Goodfellow et al., Deep Learning, Algorithm 8.5,
 * whose printed form has {@code sqrt(delta + r)}; the course puts delta outside the root), r starting at 0:
 * <pre>
 * r  = decay * r + (1 - decay) * g * g
 * w -= lr * g / (delta + sqrt(r))
 * </pre>
 * Differs from TensorFlow's RMSProp: TF starts its mean square at 1 (early steps about 30 times
 * smaller), puts epsilon inside the square root and adds a momentum term.
 */
public final class TextbookRmsPropRule implements UpdateRule<float[]> {

    private final float decay;
    private final float delta;

    public TextbookRmsPropRule(float decay, float delta) {
        this.decay = Hyperparameters.inUnitInterval("decay", decay);
        this.delta = Hyperparameters.positive("delta", delta);
    }

    @Override
    public float[] initialState(int size) {
        return new float[size];
    }

    @Override
    public void apply(float[] w, float[] g, float[] r, float lr) {
        for (int i = 0; i < w.length; i++) {
            r[i] = decay * r[i] + (1f - decay) * g[i] * g[i];
            w[i] -= lr * g[i] / (delta + (float) Math.sqrt(r[i]));
        }
    }
}
