package optlab.scratch.optim;

/**
 * TensorFlow's GradientDescent ({@code ApplyGradientDescent}): {@code w -= lr * g}. No state.
 * Differs from the textbook only in having no learning-rate schedule of its own.
 */
public final class GradientDescentRule implements UpdateRule<Void>, Float64UpdateRule<Void> {

    @Override
    public Void initialState(int size) {
        return null;
    }

    @Override
    public void apply(float[] w, float[] g, Void state, float lr) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= g[i] * lr;
        }
    }

    @Override
    public Void initialFloat64State(int size) {
        return null;
    }

    @Override
    public void apply(double[] w, double[] g, Void state, double lr) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= g[i] * lr;
        }
    }
}
