package optlab.lab;

import java.util.List;
import java.util.Map;

/**
 * Compares trajectories within a tolerance: |got - expected| <= tolerance max(1, |expected|); NaN
 * only equals NaN. float32 arithmetic gets {@link #FLOAT32}; a submission computing in double (Python
 * on plain lists) drifts from float32 by rounding alone, about 1e-6 over 500 Adam steps, and gets
 * {@link #DOUBLE}, still far below what any known mistake changes.
 */
final class Compare {

    static final double FLOAT32 = 1e-6;
    static final double DOUBLE = 2e-5;

    private Compare() {
    }

    static boolean close(double expected, double got, double tolerance) {
        if (Double.isNaN(expected) || Double.isNaN(got)) {
            return Double.isNaN(expected) && Double.isNaN(got);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(got)) {
            return expected == got;
        }
        return Math.abs(got - expected) <= tolerance * Math.max(1, Math.abs(expected));
    }

    /** The first weight that differs, or null. */
    static Difference weights(Trajectory expected, Trajectory got, double tolerance) {
        for (int s = 0; s < expected.steps().size(); s++) {
            Difference d = arrays(expected.c().name(), s + 1, "w", expected.steps().get(s).w(), got.steps().get(s).w(), tolerance);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first state element of {@code names} that differs or is missing, or null. */
    static Difference state(Trajectory expected, Trajectory got, List<String> names, double tolerance) {
        for (int s = 0; s < expected.steps().size(); s++) {
            Map<String, float[]> want = expected.steps().get(s).state();
            Map<String, float[]> have = got.steps().get(s).state();
            for (String name : names) {
                float[] h = have.get(name);
                if (h == null) {
                    return new Difference(expected.c().name(), s + 1, "missing state '" + name + "'", 0, want.get(name)[0], Double.NaN);
                }
                Difference d = arrays(expected.c().name(), s + 1, name, want.get(name), h, tolerance);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The first element of a layer's output or gradient {@code array} that differs, or a length that does; null when they agree. */
    static Difference layer(String caseName, String array, float[] expected, float[] got, double tolerance) {
        if (got.length != expected.length) {
            int i = Math.min(got.length, expected.length);
            return new Difference(caseName, 0, array + " (" + got.length + " elements where " + expected.length + " are expected)", i,
                    i < expected.length ? expected[i] : Double.NaN, i < got.length ? got[i] : Double.NaN);
        }
        return arrays(caseName, 0, array, expected, got, tolerance);
    }

    private static Difference arrays(String caseName, int step, String array, float[] expected, float[] got, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            double g = i < got.length ? got[i] : Double.NaN;
            if (!close(expected[i], g, tolerance)) {
                return new Difference(caseName, step, array, i, expected[i], g);
            }
        }
        return null;
    }
}
