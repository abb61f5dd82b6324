package optlab.scratch.optim;

/**
 * RMSProp with Nesterov momentum as in Goodfellow et al., Deep Learning, section 8.5.2; r and v
 * start at 0:
 * <pre>
 * g  = gradient at the look-ahead point w + momentum * v       ({@link #lookAhead})
 * r  = decay * r + (1 - decay) * g * g
 * v  = momentum * v - lr * g / sqrt(r)
 * w += v                                                        (from w, not the look-ahead point)
 * </pre>
 * The book has no delta. r is exactly 0 only where every gradient so far was 0, g included; that
 * element's step is taken as 0 instead of 0/0. Because the gradient is taken at the look-ahead
 * point, the batch loss a trainer reports for a step is measured there too.
 * Differs from TensorFlow's RMSProp: TF never looks ahead (it has no Nesterov option), starts its
 * mean square at 1, adds epsilon inside the square root and applies lr inside heavy-ball momentum.
 */
public final class TextbookNesterovRmsPropRule implements UpdateRule<TextbookNesterovRmsPropRule.Moments> {

    /** Mean square, velocity, and the weights from before {@link #lookAhead} moved them. */
    public static final class Moments {
        final float[] r;
        final float[] v;
        final float[] beforeLookAhead;
        boolean lookedAhead;

        Moments(int size) {
            r = new float[size];
            v = new float[size];
            beforeLookAhead = new float[size];
        }
    }

    private final float decay;
    private final float momentum;

    public TextbookNesterovRmsPropRule(float decay, float momentum) {
        this.decay = Hyperparameters.inUnitInterval("decay", decay);
        this.momentum = Hyperparameters.inUnitInterval("momentum", momentum);
    }

    @Override
    public Moments initialState(int size) {
        return new Moments(size);
    }

    @Override
    public boolean looksAhead() {
        return true;
    }

    @Override
    public void lookAhead(float[] w, Moments s) {
        System.arraycopy(w, 0, s.beforeLookAhead, 0, w.length);
        for (int i = 0; i < w.length; i++) {
            w[i] += momentum * s.v[i];
        }
        s.lookedAhead = true;
    }

    /** {@code g} is the gradient at the look-ahead point; {@code w} is moved back (exactly, from a copy) before the step. */
    @Override
    public void apply(float[] w, float[] g, Moments s, float lr) {
        if (s.lookedAhead) {
            System.arraycopy(s.beforeLookAhead, 0, w, 0, w.length);
            s.lookedAhead = false;
        }
        float[] r = s.r;
        float[] v = s.v;
        for (int i = 0; i < w.length; i++) {
            r[i] = decay * r[i] + (1f - decay) * g[i] * g[i];
            float scaled = r[i] == 0f ? 0f : lr * g[i] / (float) Math.sqrt(r[i]);
            v[i] = momentum * v[i] - scaled;
            w[i] += v[i];
        }
    }
}
