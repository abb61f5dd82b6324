package optlab.scratch.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import optlab.spec.OptimizerCatalog;
import org.junit.jupiter.api.Test;

/**
 * The textbook rules against the book's formulas computed in double, on the reference gradients.
 * Deltas are large enough here that putting them on the wrong side of the square root shows.
 */
class TextbookRulesTest {

    private static final double TOLERANCE = 1e-6;
    private static final float[] CONSTANT_LR = {0.01f, 0.01f, 0.01f, 0.01f, 0.01f};
    private static final float[] CHANGING_LR = {0.01f, 0.1f, 0.01f, 0.1f, 0.05f};

    @Test
    void momentum() {
        double[] w = start();
        double[] v = new double[2];
        double[][] expected = new double[5][];
        for (int t = 0; t < 5; t++) {
            for (int i = 0; i < 2; i++) {
                v[i] = 0.9f * v[i] - CHANGING_LR[t] * g(t, i);
                w[i] += v[i];
            }
            expected[t] = w.clone();
        }
        assertPath(expected, run("momentum-textbook(momentum=0.9)", CHANGING_LR));
    }

    @Test
    void rmsProp() {
        double[] w = start();
        double[] r = new double[2];
        double[][] expected = new double[5][];
        for (int t = 0; t < 5; t++) {
            for (int i = 0; i < 2; i++) {
                r[i] = 0.9f * r[i] + (1 - 0.9f) * g(t, i) * g(t, i);
                w[i] -= CHANGING_LR[t] * g(t, i) / (1e-2f + Math.sqrt(r[i]));
            }
            expected[t] = w.clone();
        }
        assertPath(expected, run("rmsprop-textbook(decay=0.9, delta=1e-2)", CHANGING_LR));
    }

    @Test
    void adam() {
        double b1 = 0.9f;
        double b2 = 0.999f;
        double[] w = start();
        double[] s = new double[2];
        double[] r = new double[2];
        double[][] expected = new double[5][];
        for (int t = 0; t < 5; t++) {
            for (int i = 0; i < 2; i++) {
                s[i] = b1 * s[i] + (1 - b1) * g(t, i);
                r[i] = b2 * r[i] + (1 - b2) * g(t, i) * g(t, i);
                double sHat = s[i] / (1 - Math.pow(b1, t + 1));
                double rHat = r[i] / (1 - Math.pow(b2, t + 1));
                w[i] -= CHANGING_LR[t] * sHat / Math.sqrt(rHat + 1e-3f);
            }
            expected[t] = w.clone();
        }
        assertPath(expected, run("adam-textbook(beta1=0.9, beta2=0.999, delta=1e-3)", CHANGING_LR));
    }

    @Test
    void nesterovRmsPropTakesTheGradientAtTheLookAheadPoint() {
        // f(w) = 0.5 * (w0^2 + 4 w1^2): the gradient depends on where it is taken.
        double[] a = {1, 4};
        double[] w = start();
        double[] r = new double[2];
        double[] v = new double[2];
        var rule = new TextbookNesterovRmsPropRule(0.9f, 0.9f);
        float[] wf = ReferenceVectors.START.clone();
        var state = rule.initialState(2);
        for (int t = 0; t < 5; t++) {
            float lr = CHANGING_LR[t];
            rule.lookAhead(wf, state);
            float[] g = new float[2];
            for (int i = 0; i < 2; i++) {
                double ahead = w[i] + 0.9f * v[i];
                assertEquals(ahead, wf[i], TOLERANCE, "look-ahead point, step " + (t + 1));
                g[i] = (float) a[i] * wf[i];
                double gd = a[i] * ahead;
                r[i] = 0.9f * r[i] + (1 - 0.9f) * gd * gd;
                v[i] = 0.9f * v[i] - lr * gd / Math.sqrt(r[i]);
                w[i] += v[i];
            }
            rule.apply(wf, g, state, lr);
            assertEquals(w[0], wf[0], TOLERANCE, "step " + (t + 1));
            assertEquals(w[1], wf[1], TOLERANCE, "step " + (t + 1));
        }
    }

    @Test
    void nesterovRmsPropMatchesTheBookOnTheReferenceGradientsFromTheCatalog() {
        double[] w = start();
        double[] r = new double[2];
        double[] v = new double[2];
        double[][] expected = new double[5][];
        for (int t = 0; t < 5; t++) {
            for (int i = 0; i < 2; i++) {
                r[i] = 0.9f * r[i] + (1 - 0.9f) * g(t, i) * g(t, i);
                v[i] = 0.9f * v[i] - CHANGING_LR[t] * g(t, i) / Math.sqrt(r[i]);
                w[i] += v[i];
            }
            expected[t] = w.clone();
        }
        assertPath(expected, run("rmsprop-nesterov-textbook(decay=0.9, momentum=0.9)", CHANGING_LR));
    }

    @Test
    void nesterovRmsPropTakesNoStepWhereNoGradientWasEverSeen() {
        var rule = new TextbookNesterovRmsPropRule(0.9f, 0.9f);
        var state = rule.initialState(2);
        float[] w = {1f, 2f};
        rule.lookAhead(w, state);
        rule.apply(w, new float[] {0f, 0.1f}, state, 0.01f);
        assertEquals(1f, w[0], 0f);
        assertTrue(w[1] < 2f);
    }

    @Test
    void textbookMomentumEqualsTensorFlowMomentumOnlyWhileTheLearningRateIsConstant() {
        assertPath(toDouble(run("momentum(momentum=0.9)", CONSTANT_LR)), run("momentum-textbook(momentum=0.9)", CONSTANT_LR));
        float[][] tf = run("momentum(momentum=0.9)", CHANGING_LR);
        float[][] textbook = run("momentum-textbook(momentum=0.9)", CHANGING_LR);
        assertFalse(Math.abs(tf[1][0] - textbook[1][0]) < 1e-4, "an lr change must part the two");
    }

    private static float[][] run(String spec, float[] lrs) {
        return steps(UpdateRules.of(OptimizerCatalog.parse(spec)), lrs);
    }

    private static <S> float[][] steps(UpdateRule<S> rule, float[] lrs) {
        float[] w = ReferenceVectors.START.clone();
        S state = rule.initialState(2);
        float[][] path = new float[lrs.length][];
        for (int t = 0; t < lrs.length; t++) {
            rule.lookAhead(w, state);
            rule.apply(w, ReferenceVectors.GRADIENTS[t].clone(), state, lrs[t]);
            path[t] = w.clone();
        }
        return path;
    }

    private static void assertPath(double[][] expected, float[][] actual) {
        for (int t = 0; t < expected.length; t++) {
            for (int i = 0; i < 2; i++) {
                assertEquals(expected[t][i], actual[t][i], TOLERANCE, "step " + (t + 1) + " var" + i);
            }
        }
    }

    private static double[][] toDouble(float[][] path) {
        double[][] out = new double[path.length][2];
        for (int t = 0; t < path.length; t++) {
            out[t][0] = path[t][0];
            out[t][1] = path[t][1];
        }
        return out;
    }

    private static double[] start() {
        return new double[] {ReferenceVectors.START[0], ReferenceVectors.START[1]};
    }

    private static double g(int t, int i) {
        return ReferenceVectors.GRADIENTS[t][i];
    }
}
