package optlab.scratch.optim;

import java.util.Arrays;

/**
 * TensorFlow's RMSProp ({@code ApplyRMSProp}, or {@code ApplyCenteredRMSProp} when centered);
 * ms starts at 1, mg and mom at 0:
 * <pre>
 * ms  += (g * g - ms) * (1 - decay)
 * mg  += (g - mg) * (1 - decay)                                  (centered only)
 * mom  = momentum * mom + g * lr * rsqrt(centered ? ms - mg * mg + eps : ms + eps)
 * w   -= mom
 * </pre>
 * mom is kept even when momentum = 0 (it is then just the step).
 * Differs from the textbook: the book starts r at 0, puts delta outside the square root and has
 * no momentum; starting ms at 1 makes TF's early steps about 30 times smaller.
 */
public final class RmsPropRule implements UpdateRule<RmsPropRule.Moments>, Float64UpdateRule<RmsPropRule.Float64Moments> {

    /** Mean square, mean gradient (centered only, else null) and momentum of one parameter. */
    public record Moments(float[] ms, float[] mg, float[] mom) {
    }

    /** {@link Moments} in double. */
    public record Float64Moments(double[] ms, double[] mg, double[] mom) {
    }

    private final float decay;
    private final float momentum;
    private final float epsilon;
    private final boolean centered;

    public RmsPropRule(float decay, float momentum, float epsilon, boolean centered) {
        this.decay = Hyperparameters.inUnitInterval("decay", decay);
        this.momentum = Hyperparameters.inUnitInterval("momentum", momentum);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
        this.centered = centered;
    }

    @Override
    public Moments initialState(int size) {
        float[] ms = new float[size];
        Arrays.fill(ms, 1f);
        return new Moments(ms, centered ? new float[size] : null, new float[size]);
    }

    @Override
    public void apply(float[] w, float[] g, Moments s, float lr) {
        float[] ms = s.ms();
        float[] mg = s.mg();
        float[] mom = s.mom();
        for (int i = 0; i < w.length; i++) {
            ms[i] += (g[i] * g[i] - ms[i]) * (1f - decay);
            float den;
            if (centered) {
                mg[i] += (g[i] - mg[i]) * (1f - decay);
                den = ms[i] - mg[i] * mg[i] + epsilon;
            } else {
                den = ms[i] + epsilon;
            }
            mom[i] = mom[i] * momentum + g[i] * lr * (1f / (float) Math.sqrt(den));
            w[i] -= mom[i];
        }
    }

    @Override
    public Float64Moments initialFloat64State(int size) {
        double[] ms = new double[size];
        Arrays.fill(ms, 1d);
        return new Float64Moments(ms, centered ? new double[size] : null, new double[size]);
    }

    @Override
    public void apply(double[] w, double[] g, Float64Moments s, double lr) {
        double[] ms = s.ms();
        double[] mg = s.mg();
        double[] mom = s.mom();
        for (int i = 0; i < w.length; i++) {
            ms[i] += (g[i] * g[i] - ms[i]) * (1d - decay);
            double den;
            if (centered) {
                mg[i] += (g[i] - mg[i]) * (1d - decay);
                den = ms[i] - mg[i] * mg[i] + epsilon;
            } else {
                den = ms[i] + epsilon;
            }
            mom[i] = mom[i] * momentum + g[i] * lr * (1d / Math.sqrt(den));
            w[i] -= mom[i];
        }
    }
}
