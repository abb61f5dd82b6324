package optlab.scratch.optim;

/**
 * Momentum as in Goodfellow et al., Deep Learning, section 8.3.2, velocity starting at 0:
 * <pre>
 * v  = momentum * v - lr * g
 * w += v
 * </pre>
 * Differs from TensorFlow's Momentum: TF keeps {@code accum = momentum * accum + g} and applies
 * the current lr to the whole sum; the paths agree while lr is constant and part once it changes,
 * because here each past gradient keeps the lr of its own step.
 */
public final class TextbookMomentumRule implements UpdateRule<float[]> {

    private final float momentum;

    public TextbookMomentumRule(float momentum) {
        this.momentum = Hyperparameters.inUnitInterval("momentum", momentum);
    }

    @Override
    public float[] initialState(int size) {
        return new float[size];
    }

    @Override
    public void apply(float[] w, float[] g, float[] v, float lr) {
        for (int i = 0; i < w.length; i++) {
            v[i] = momentum * v[i] - lr * g[i];
            w[i] += v[i];
        }
    }
}
