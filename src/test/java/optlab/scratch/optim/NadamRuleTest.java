package optlab.scratch.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import optlab.spec.OptimizerCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The corrected Nadam: TF Java's step 1 bit for bit, then the formula with the real t. */
class NadamRuleTest {

    static Stream<ReferenceVectors.Case> nadam() {
        return ReferenceVectors.cases("Nadam").stream();
    }

    private static UpdateRule<?> rule(ReferenceVectors.Case c) {
        return UpdateRules.of(OptimizerCatalog.parse("nadam(beta1=" + c.config().get("beta1") + ", beta2="
                + c.config().get("beta2") + ", epsilon=" + c.config().get("epsilon") + ")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nadam")
    void firstStepIsTensorFlowJavasFirstStep(ReferenceVectors.Case c) {
        float[] w = steps(rule(c), c.param("lr"), 1);
        assertEquals(c.expected().get(0)[0], w[0], 0f);
        assertEquals(c.expected().get(0)[1], w[1], 0f);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nadam")
    void followsTheFormulaWithTheRealStep(ReferenceVectors.Case c) {
        double[][] expected = float64Nadam(c.param("beta1"), c.param("beta2"), c.param("epsilon"), c.param("lr"));
        for (int t = 1; t <= 5; t++) {
            float[] w = steps(rule(c), c.param("lr"), t);
            for (int i = 0; i < 2; i++) {
                assertEquals(expected[t - 1][i], w[i], 1e-6, c + " step " + t + " var" + i);
            }
        }
        float[] tfJavaStep2 = c.expected().get(1);
        float[] step2 = steps(rule(c), c.param("lr"), 2);
        assertTrue(Math.abs(step2[1] - tfJavaStep2[1]) > 1e-6, "step 2 must part from TF Java's frozen Nadam");
    }

    private static <S> float[] steps(UpdateRule<S> rule, float lr, int count) {
        float[] w = ReferenceVectors.START.clone();
        S state = rule.initialState(2);
        for (int t = 0; t < count; t++) {
            rule.apply(w, ReferenceVectors.GRADIENTS[t].clone(), state, lr);
        }
        return w;
    }

    /** The Nadam formula in double, weights after each of the five reference steps. */
    static double[][] float64Nadam(double beta1, double beta2, double eps, double lr) {
        double[] w = {ReferenceVectors.START[0], ReferenceVectors.START[1]};
        double[] m = new double[2];
        double[] v = new double[2];
        double prod = 1;
        double[][] out = new double[5][];
        for (int t = 1; t <= 5; t++) {
            double mu = beta1 * (1 - 0.5 * Math.pow(0.96, 0.004 * t));
            double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, 0.004 * (t + 1)));
            prod *= mu;
            double prodNext = prod * muNext;
            for (int i = 0; i < 2; i++) {
                double g = ReferenceVectors.GRADIENTS[t - 1][i];
                double gHat = g / (1 - prod);
                m[i] = beta1 * m[i] + (1 - beta1) * g;
                double mHat = m[i] / (1 - prodNext);
                v[i] = beta2 * v[i] + (1 - beta2) * g * g;
                double vHat = v[i] / (1 - Math.pow(beta2, t));
                double mBar = (1 - mu) * gHat + muNext * mHat;
                w[i] -= lr * mBar / (Math.sqrt(vHat) + eps);
            }
            out[t - 1] = w.clone();
        }
        return out;
    }
}
