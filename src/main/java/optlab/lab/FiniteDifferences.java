package optlab.lab;

import java.util.List;

/**
 * The gradient check: a session's backward against central differences of its own forward, in
 * float64 arithmetic. The objective is the loss itself, or Σ gradY · y for a layer with an output
 * array, so its gradient is exactly what backward returns.
 */
final class FiniteDifferences {

    /** Large enough that float32 rounding of the forward stays well under the tolerance, small enough for the curvature of the cases. */
    static final double STEP = 1e-2;
    static final double TOLERANCE = 2e-3;

    private FiniteDifferences() {
    }

    /** The first gradient element that the central difference contradicts, or null. */
    static Difference check(LayerSession session, LayerExercises.Kind kind, LayerCase c) {
        List<float[]> gradients = session.run(c).gradients();
        for (int k = 0; k < kind.gradients.size(); k++) {
            float[] values = c.input(k).values();
            float[] g = gradients.get(k);
            for (int i = 0; i < values.length; i++) {
                float plus = (float) (values[i] + STEP);
                float minus = (float) (values[i] - STEP);
                double numeric = (objective(session, kind, c.with(k, i, plus)) - objective(session, kind, c.with(k, i, minus))) / ((double) plus - minus);
                double got = i < g.length ? g[i] : Double.NaN;
                if (!Compare.close(numeric, got, TOLERANCE)) {
                    return new Difference(c.name() + ", central difference of your forward", 0, kind.gradients.get(k), i, numeric, got);
                }
            }
        }
        return null;
    }

    private static double objective(LayerSession session, LayerExercises.Kind kind, LayerCase c) {
        float[] y = session.forward(c);
        if (kind == LayerExercises.Kind.LOSS) {
            return y[0];
        }
        double sum = 0;
        float[] gradY = c.gradY().values();
        for (int i = 0; i < Math.min(y.length, gradY.length); i++) {
            sum += (double) gradY[i] * y[i];
        }
        return sum;
    }
}
