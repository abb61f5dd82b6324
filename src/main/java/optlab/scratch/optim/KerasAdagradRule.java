package optlab.scratch.optim;

import java.util.Arrays;

/**
 * Keras 3's Adagrad ({@code keras.optimizers.Adagrad}), accumulator starting at
 * {@code initial_accumulator_value} (0.1):
 * <pre>
 * acc += g * g
 * w   -= lr * g / sqrt(acc + eps)
 * </pre>
 * Differs from the TensorFlow kernel ({@code ApplyAdagrad}): TF starts at 0.01 and has no epsilon,
 * {@code w -= lr * g / sqrt(acc)}; Keras' epsilon inside the root lets the accumulator start at 0.
 */
public final class KerasAdagradRule implements UpdateRule<float[]>, Float64UpdateRule<double[]> {

    private final float initialAccumulatorValue;
    private final float epsilon;

    public KerasAdagradRule(float initialAccumulatorValue, float epsilon) {
        this.initialAccumulatorValue = Hyperparameters.nonNegative("initial_accumulator_value", initialAccumulatorValue);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
    }

    @Override
    public float[] initialState(int size) {
        float[] acc = new float[size];
        Arrays.fill(acc, initialAccumulatorValue);
        return acc;
    }

    @Override
    public void apply(float[] w, float[] g, float[] acc, float lr) {
        for (int i = 0; i < w.length; i++) {
            acc[i] += g[i] * g[i];
            w[i] -= lr * g[i] / (float) Math.sqrt(acc[i] + epsilon);
        }
    }

    @Override
    public double[] initialFloat64State(int size) {
        double[] acc = new double[size];
        Arrays.fill(acc, initialAccumulatorValue);
        return acc;
    }

    @Override
    public void apply(double[] w, double[] g, double[] acc, double lr) {
        for (int i = 0; i < w.length; i++) {
            acc[i] += g[i] * g[i];
            w[i] -= lr * g[i] / Math.sqrt(acc[i] + epsilon);
        }
    }
}
