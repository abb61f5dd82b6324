package optlab.scratch.optim;

/**
 * RMSProp as the course's from-scratch notebook writes it, u starting at 0:
 * <pre>
 * u  = decay * u + (1 - decay) * g * g
 * w -= lr * g / sqrt(u + eps)
 * </pre>
 * eps (1e-8) sits inside the square root; the course sheet ({@code rmsprop-textbook}) puts delta
 * outside it.
 * Differs from the TensorFlow kernel ({@code ApplyRMSProp}): TF starts its mean square at 1 (early
 * steps about 30 times smaller), its epsilon is 1e-10 and it adds a momentum term.
 */
public final class NotebookRmsPropRule implements UpdateRule<float[]> {

    private final float decay;
    private final float epsilon;

    public NotebookRmsPropRule(float decay, float epsilon) {
        this.decay = Hyperparameters.inUnitInterval("decay", decay);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
    }

    @Override
    public float[] initialState(int size) {
        return new float[size];
    }

    @Override
    public void apply(float[] w, float[] g, float[] u, float lr) {
        for (int i = 0; i < w.length; i++) {
            u[i] = decay * u[i] + (1f - decay) * g[i] * g[i];
            w[i] -= lr * g[i] / (float) Math.sqrt(u[i] + epsilon);
        }
    }
}
