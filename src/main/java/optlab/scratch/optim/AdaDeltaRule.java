package optlab.scratch.optim;

/**
 * TensorFlow's AdaDelta ({@code ApplyAdadelta}), both accumulators starting at 0:
 * <pre>
 * accum       = rho * accum + (1 - rho) * g * g
 * update      = sqrt(accumUpdate + eps) * rsqrt(accum + eps) * g
 * w          -= update * lr
 * accumUpdate = rho * accumUpdate + (1 - rho) * update * update     (update before lr)
 * </pre>
 * Differs from Zeiler's paper: the paper has no learning rate (lr = 1); TF's default 0.001 makes
 * every step a thousand times smaller.
 */
public final class AdaDeltaRule implements UpdateRule<AdaDeltaRule.Accumulators>, Float64UpdateRule<AdaDeltaRule.Float64Accumulators> {

    /** Running means of g² and of the squared updates of one parameter. */
    public record Accumulators(float[] accum, float[] accumUpdate) {
    }

    /** {@link Accumulators} in double. */
    public record Float64Accumulators(double[] accum, double[] accumUpdate) {
    }

    private final float rho;
    private final float epsilon;

    public AdaDeltaRule(float rho, float epsilon) {
        this.rho = Hyperparameters.inUnitInterval("rho", rho);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
    }

    @Override
    public Accumulators initialState(int size) {
        return new Accumulators(new float[size], new float[size]);
    }

    @Override
    public void apply(float[] w, float[] g, Accumulators s, float lr) {
        float[] accum = s.accum();
        float[] accumUpdate = s.accumUpdate();
        for (int i = 0; i < w.length; i++) {
            accum[i] = accum[i] * rho + g[i] * g[i] * (1f - rho);
            float update = (float) Math.sqrt(accumUpdate[i] + epsilon) * (1f / (float) Math.sqrt(accum[i] + epsilon)) * g[i];
            w[i] -= update * lr;
            accumUpdate[i] = accumUpdate[i] * rho + update * update * (1f - rho);
        }
    }

    @Override
    public Float64Accumulators initialFloat64State(int size) {
        return new Float64Accumulators(new double[size], new double[size]);
    }

    @Override
    public void apply(double[] w, double[] g, Float64Accumulators s, double lr) {
        double[] accum = s.accum();
        double[] accumUpdate = s.accumUpdate();
        for (int i = 0; i < w.length; i++) {
            accum[i] = accum[i] * rho + g[i] * g[i] * (1d - rho);
            double update = Math.sqrt(accumUpdate[i] + epsilon) * (1d / Math.sqrt(accum[i] + epsilon)) * g[i];
            w[i] -= update * lr;
            accumUpdate[i] = accumUpdate[i] * rho + update * update * (1d - rho);
        }
    }
}
