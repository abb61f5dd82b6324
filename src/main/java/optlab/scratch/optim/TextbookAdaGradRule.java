package optlab.scratch.optim;

/**
 * AdaGrad as the course sheet writes it (Goodfellow et al., Deep Learning, Algorithm 8.4), r
 * starting at 0:
 * <pre>
 * r += g * g
 * w -= lr * g / (delta + sqrt(r))
 * </pre>
 * delta (1e-7) sits outside the square root, as in the book; the course notebooks' 1e-8 is
 * {@code adagrad-textbook(delta=1e-8)}.
 * Differs from the TensorFlow kernel ({@code ApplyAdagrad}): TF starts its accumulator at 0.01
 * and has no delta, {@code w -= lr * g / sqrt(acc)}.
 */
public final class TextbookAdaGradRule implements UpdateRule<float[]> {

    private final float delta;

    public TextbookAdaGradRule(float delta) {
        this.delta = Hyperparameters.positive("delta", delta);
    }

    @Override
    public float[] initialState(int size) {
        return new float[size];
    }

    @Override
    public void apply(float[] w, float[] g, float[] r, float lr) {
        for (int i = 0; i < w.length; i++) {
            r[i] += g[i] * g[i];
            w[i] -= lr * g[i] / (delta + (float) Math.sqrt(r[i]));
        }
    }
}
