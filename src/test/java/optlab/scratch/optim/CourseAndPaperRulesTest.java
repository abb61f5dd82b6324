package optlab.scratch.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import optlab.spec.OptimizerCatalog;
import org.junit.jupiter.api.Test;

/**
 * nesterov-textbook, adagrad-textbook, rmsprop-notebook and adam-paper against values worked out
 * by hand from the course sheet's (and the paper's) formulas, then against the same formulas in
 * double over the five reference gradients. Epsilons and deltas are chosen large where that makes
 * their place (inside or outside the root, before or after the bias correction) show.
 */
class CourseAndPaperRulesTest {

    private static final double TOLERANCE = 1e-6;
    private static final float LR = 0.01f;

    @Test
    void nesterovTakesTheGradientAtTheLookAheadPointByHand() {
        // f(w) = 0.5 (w0² + 4 w1²), g = (w0, 4 w1); lr 0.1, momentum 0.9, w = (1, 2).
        // Update 1: look-ahead = w, g = (1, 8), v = -0.1 g = (-0.1, -0.8), w = (0.9, 1.2).
        // Update 2: look-ahead = w + 0.9 v = (0.81, 0.48), g = (0.81, 1.92),
        //           v = 0.9 v - 0.1 g = (-0.171, -0.912), w = (0.729, 0.288).
        var rule = (TextbookNesterovRule) UpdateRules.of(OptimizerCatalog.parse("nesterov-textbook(momentum=0.9)"));
        var state = rule.initialState(2);
        float[] w = {1f, 2f};
        double[][] expected = {{0.9, 1.2}, {0.729, 0.288}};
        double[][] lookAheads = {{1, 2}, {0.81, 0.48}};
        for (int t = 0; t < 2; t++) {
            rule.lookAhead(w, state);
            assertEquals(lookAheads[t][0], w[0], TOLERANCE, "look-ahead point, update " + (t + 1));
            assertEquals(lookAheads[t][1], w[1], TOLERANCE, "look-ahead point, update " + (t + 1));
            rule.apply(w, new float[] {w[0], 4 * w[1]}, state, 0.1f);
            assertEquals(expected[t][0], w[0], TOLERANCE, "update " + (t + 1));
            assertEquals(expected[t][1], w[1], TOLERANCE, "update " + (t + 1));
        }
    }

    @Test
    void adaGradByHandAndOnTheReferenceGradients() {
        // Update 1, g = 0.1: r = 0.01, w0 = 1 - 0.01 * 0.1 / (1e-7 + 0.1) = 0.99000001.
        assertEquals(0.99000001, run("adagrad-textbook", 1)[0][0], TOLERANCE);
        for (double delta : new double[] {1e-7, 1e-8, 0.05}) {
            double[] w = start();
            double[] r = new double[2];
            double[][] expected = new double[5][];
            for (int t = 0; t < 5; t++) {
                for (int i = 0; i < 2; i++) {
                    r[i] += g(t, i) * g(t, i);
                    w[i] -= LR * g(t, i) / ((float) delta + Math.sqrt(r[i]));
                }
                expected[t] = w.clone();
            }
            assertPath(expected, run("adagrad-textbook(delta=" + delta + ")", 5));
        }
    }

    @Test
    void notebookRmsPropByHandAndOnTheReferenceGradients() {
        // eps 1e-3 inside the root: u = 0.1 * 0.01 = 0.001, w0 = 1 - 0.01 * 0.1 / sqrt(0.002) = 0.97763932
        // (outside the root, as rmsprop-textbook, it would be 1 - 0.001 / (0.0316228 + 0.001) = 0.96934...).
        assertEquals(0.97763932, run("rmsprop-notebook(decay=0.9, epsilon=1e-3)", 1)[0][0], TOLERANCE);
        double[] w = start();
        double[] u = new double[2];
        double[][] expected = new double[5][];
        for (int t = 0; t < 5; t++) {
            for (int i = 0; i < 2; i++) {
                u[i] = 0.9f * u[i] + (1 - 0.9f) * g(t, i) * g(t, i);
                w[i] -= LR * g(t, i) / Math.sqrt(u[i] + 1e-8f);
            }
            expected[t] = w.clone();
        }
        assertPath(expected, run("rmsprop-notebook", 5));
    }

    @Test
    void paperAdamByHandAndOnTheReferenceGradients() {
        // eps 0.1: update 1 has mHat = g, vHat = g², so w0 = 1 - 0.01 * 0.1 / (0.1 + 0.1) = 0.995
        // (TensorFlow's epsilon hat would give 1 - 0.001 / (0.1 + 0.1 / sqrt(0.001)) = 0.99969...).
        assertEquals(0.995, run("adam-paper(epsilon=0.1)", 1)[0][0], TOLERANCE);
        double b1 = 0.9f;
        double b2 = 0.999f;
        double[] w = start();
        double[] m = new double[2];
        double[] v = new double[2];
        double[][] expected = new double[5][];
        for (int t = 0; t < 5; t++) {
            for (int i = 0; i < 2; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g(t, i);
                v[i] = b2 * v[i] + (1 - b2) * g(t, i) * g(t, i);
                double mHat = m[i] / (1 - Math.pow(b1, t + 1));
                double vHat = v[i] / (1 - Math.pow(b2, t + 1));
                w[i] -= LR * mHat / (Math.sqrt(vHat) + 1e-8f);
            }
            expected[t] = w.clone();
        }
        assertPath(expected, run("adam-paper", 5));
    }

    /** The weights after each of {@code steps} updates with the reference gradients at lr 0.01. */
    private static float[][] run(String spec, int steps) {
        return steps(UpdateRules.of(OptimizerCatalog.parse(spec)), steps);
    }

    private static <S> float[][] steps(UpdateRule<S> rule, int steps) {
        float[] w = ReferenceVectors.START.clone();
        S state = rule.initialState(2);
        float[][] path = new float[steps][];
        for (int t = 0; t < steps; t++) {
            rule.apply(w, ReferenceVectors.GRADIENTS[t].clone(), state, LR);
            path[t] = w.clone();
        }
        return path;
    }

    private static void assertPath(double[][] expected, float[][] actual) {
        for (int t = 0; t < expected.length; t++) {
            for (int i = 0; i < 2; i++) {
                assertEquals(expected[t][i], actual[t][i], TOLERANCE, "update " + (t + 1) + " var" + i);
            }
        }
    }

    private static double[] start() {
        return new double[] {ReferenceVectors.START[0], ReferenceVectors.START[1]};
    }

    private static double g(int t, int i) {
        return ReferenceVectors.GRADIENTS[t][i];
    }
}
