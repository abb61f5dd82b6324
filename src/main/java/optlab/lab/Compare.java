package optlab.lab;

import java.util.List;
import java.util.Map;

/** Compares trajectories within float32 tolerance: |got - expected| <= 1e-6 max(1, |expected|); NaN only equals NaN. */
final class Compare {

    static final double TOLERANCE = 1e-6;

    private Compare() {
    }

    static boolean close(double expected, double got) {
        if (Double.isNaN(expected) || Double.isNaN(got)) {
            return Double.isNaN(expected) && Double.isNaN(got);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(got)) {
            return expected == got;
        }
        return Math.abs(got - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));
    }

    /** The first weight that differs, or null. */
    static Difference weights(Trajectory expected, Trajectory got) {
        for (int s = 0; s < expected.steps().size(); s++) {
            Difference d = arrays(expected.c().name(), s + 1, "w", expected.steps().get(s).w(), got.steps().get(s).w());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first state element of {@code names} that differs or is missing, or null. */
    static Difference state(Trajectory expected, Trajectory got, List<String> names) {
        for (int s = 0; s < expected.steps().size(); s++) {
            Map<String, float[]> want = expected.steps().get(s).state();
            Map<String, float[]> have = got.steps().get(s).state();
            for (String name : names) {
                float[] h = have.get(name);
                if (h == null) {
                    return new Difference(expected.c().name(), s + 1, "missing state '" + name + "'", 0, want.get(name)[0], Double.NaN);
                }
                Difference d = arrays(expected.c().name(), s + 1, name, want.get(name), h);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static Difference arrays(String caseName, int step, String array, float[] expected, float[] got) {
        for (int i = 0; i < expected.length; i++) {
            double g = i < got.length ? got[i] : Double.NaN;
            if (!close(expected[i], g)) {
                return new Difference(caseName, step, array, i, expected[i], g);
            }
        }
        return null;
    }
}
