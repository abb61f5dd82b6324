package optlab.scratch.optim;

/**
 * Keras 3's SGD ({@code keras.optimizers.SGD}), momentum buffer starting at 0:
 * <pre>
 * m  = momentum * m - lr * g
 * w += m                                       (nesterov = false)
 * w += momentum * m - lr * g                   (nesterov = true, with the m just updated)
 * </pre>
 * float32 in Keras' order ({@code m * momentum - g * lr}). Keras skips the buffer when momentum is
 * 0 and takes {@code w -= g * lr}; the lines above give exactly that then ({@code m = -(g * lr)}).
 * Differs from the TensorFlow kernel ({@code ApplyMomentum}): TF keeps lr outside its buffer,
 * {@code a = momentum * a + g; w -= lr * a}; the same path while lr is constant, up to rounding.
 */
public final class KerasSgdRule implements UpdateRule<float[]>, Float64UpdateRule<double[]> {

    private final float momentum;
    private final boolean nesterov;

    public KerasSgdRule(float momentum, boolean nesterov) {
        this.momentum = Hyperparameters.inUnitInterval("momentum", momentum);
        this.nesterov = nesterov;
    }

    @Override
    public float[] initialState(int size) {
        return new float[size];
    }

    @Override
    public void apply(float[] w, float[] g, float[] m, float lr) {
        for (int i = 0; i < w.length; i++) {
            m[i] = m[i] * momentum - g[i] * lr;
            w[i] += nesterov ? m[i] * momentum - g[i] * lr : m[i];
        }
    }

    @Override
    public double[] initialFloat64State(int size) {
        return new double[size];
    }

    @Override
    public void apply(double[] w, double[] g, double[] m, double lr) {
        for (int i = 0; i < w.length; i++) {
            m[i] = m[i] * momentum - g[i] * lr;
            w[i] += nesterov ? m[i] * momentum - g[i] * lr : m[i];
        }
    }
}
