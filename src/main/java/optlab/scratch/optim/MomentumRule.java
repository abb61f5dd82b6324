package optlab.scratch.optim;

/**
 * TensorFlow's Momentum ({@code ApplyMomentum}), accumulator starting at 0:
 * <pre>
 * accum = momentum * accum + g
 * w    -= lr * accum                          (nesterov = false)
 * w    -= lr * g + lr * momentum * accum      (nesterov = true, with the accum just updated)
 * </pre>
 * Differs from the textbook {@code v = a v - lr g; w += v}: same path while lr is constant, but TF
 * applies today's lr to the whole accumulated sum; TF's Nesterov uses no look-ahead gradient.
 */
public final class MomentumRule implements UpdateRule<float[]>, Float64UpdateRule<double[]> {

    private final float momentum;
    private final boolean nesterov;

    public MomentumRule(float momentum, boolean nesterov) {
        this.momentum = Hyperparameters.inUnitInterval("momentum", momentum);
        this.nesterov = nesterov;
    }

    @Override
    public float[] initialState(int size) {
        return new float[size];
    }

    @Override
    public void apply(float[] w, float[] g, float[] accum, float lr) {
        for (int i = 0; i < accum.length; i++) {
            accum[i] = accum[i] * momentum + g[i];
            float step = nesterov ? g[i] * lr + accum[i] * momentum * lr : accum[i] * lr;
            w[i] -= step;
        }
    }

    @Override
    public double[] initialFloat64State(int size) {
        return new double[size];
    }

    @Override
    public void apply(double[] w, double[] g, double[] accum, double lr) {
        for (int i = 0; i < accum.length; i++) {
            accum[i] = accum[i] * momentum + g[i];
            double step = nesterov ? g[i] * lr + accum[i] * momentum * lr : accum[i] * lr;
            w[i] -= step;
        }
    }
}
