package optlab.scratch.optim;

import java.util.Arrays;

/**
 * TensorFlow's AdaGrad ({@code ApplyAdagrad}), accumulator starting at {@code initialAccumulator}:
 * <pre>
 * accum += g * g
 * w     -= g * lr * rsqrt(accum)                 (no epsilon)
 * </pre>
 * Differs from the textbook: the book starts r at 0 and adds delta outside the square root
 * ({@code lr / (delta + sqrt(r))}); TF has no delta, so the accumulator must start above 0.
 */
public final class AdaGradRule implements UpdateRule<float[]>, Float64UpdateRule<double[]> {

    private final float initialAccumulator;

    public AdaGradRule(float initialAccumulator) {
        this.initialAccumulator = Hyperparameters.positive("initial_accumulator", initialAccumulator);
    }

    @Override
    public float[] initialState(int size) {
        float[] accum = new float[size];
        Arrays.fill(accum, initialAccumulator);
        return accum;
    }

    @Override
    public void apply(float[] w, float[] g, float[] accum, float lr) {
        for (int i = 0; i < w.length; i++) {
            accum[i] += g[i] * g[i];
            w[i] -= g[i] * lr * (1f / (float) Math.sqrt(accum[i]));
        }
    }

    @Override
    public double[] initialFloat64State(int size) {
        double[] accum = new double[size];
        Arrays.fill(accum, initialAccumulator);
        return accum;
    }

    @Override
    public void apply(double[] w, double[] g, double[] accum, double lr) {
        for (int i = 0; i < w.length; i++) {
            accum[i] += g[i] * g[i];
            w[i] -= g[i] * lr * (1d / Math.sqrt(accum[i]));
        }
    }
}
