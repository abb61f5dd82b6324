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
        double[][] expected = ReferenceVectors.nadamFormula(c);
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
}
