package optlab.scratch.optim;

/**
 * Nesterov momentum as the course sheet writes it (Goodfellow et al., Deep Learning, Algorithm
 * 8.3), velocity starting at 0:
 * <pre>
 * g  = gradient at the look-ahead point w + momentum * v       ({@link #lookAhead})
 * v  = momentum * v - lr * g
 * w += v                                                        (from w, not the look-ahead point)
 * </pre>
 * Because the gradient is taken at the look-ahead point, the batch loss a trainer reports for a
 * step is measured there too.
 * Differs from the TensorFlow kernel ({@code ApplyMomentum}, use_nesterov): TF never looks ahead;
 * it takes the gradient at w and steps {@code lr * g + lr * momentum * accum}.
 */
public final class TextbookNesterovRule implements UpdateRule<TextbookNesterovRule.Velocity> {

    /** Velocity, and the weights from before {@link #lookAhead} moved them. */
    public static final class Velocity {
        final float[] v;
        final float[] beforeLookAhead;
        boolean lookedAhead;

        Velocity(int size) {
            v = new float[size];
            beforeLookAhead = new float[size];
        }
    }

    private final float momentum;

    public TextbookNesterovRule(float momentum) {
        this.momentum = Hyperparameters.inUnitInterval("momentum", momentum);
    }

    @Override
    public Velocity initialState(int size) {
        return new Velocity(size);
    }

    @Override
    public boolean looksAhead() {
        return true;
    }

    @Override
    public void lookAhead(float[] w, Velocity s) {
        System.arraycopy(w, 0, s.beforeLookAhead, 0, w.length);
        for (int i = 0; i < w.length; i++) {
            w[i] += momentum * s.v[i];
        }
        s.lookedAhead = true;
    }

    /** {@code g} is the gradient at the look-ahead point; {@code w} is moved back (exactly, from a copy) before the step. */
    @Override
    public void apply(float[] w, float[] g, Velocity s, float lr) {
        if (s.lookedAhead) {
            System.arraycopy(s.beforeLookAhead, 0, w, 0, w.length);
            s.lookedAhead = false;
        }
        float[] v = s.v;
        for (int i = 0; i < w.length; i++) {
            v[i] = momentum * v[i] - lr * g[i];
            w[i] += v[i];
        }
    }
}
