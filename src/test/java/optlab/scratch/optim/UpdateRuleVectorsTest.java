package optlab.scratch.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each TF-named rule reproduces TensorFlow Java's own steps, bit for bit. */
class UpdateRuleVectorsTest {

    static Stream<ReferenceVectors.Case> gradientDescent() {
        return ReferenceVectors.cases("GradientDescent").stream();
    }

    static Stream<ReferenceVectors.Case> momentum() {
        return ReferenceVectors.cases("Momentum").stream();
    }

    static Stream<ReferenceVectors.Case> adam() {
        return ReferenceVectors.cases("Adam").stream().filter(c -> c.config().get("counters").equals("sequenced"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradientDescent")
    void gradientDescentMatchesTensorFlow(ReferenceVectors.Case c) {
        assertSteps(new GradientDescentRule(), c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("momentum")
    void momentumMatchesTensorFlow(ReferenceVectors.Case c) {
        boolean nesterov = Boolean.parseBoolean(c.config().get("nesterov"));
        assertSteps(new MomentumRule(c.param("momentum"), nesterov), c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adam")
    void adamMatchesTensorFlowWithSequencedCounters(ReferenceVectors.Case c) {
        assertSteps(new AdamRule(c.param("beta1"), c.param("beta2"), c.param("epsilon")), c);
    }

    @org.junit.jupiter.api.Test
    void everyFamilyHasCases() {
        assertFalse(gradientDescent().toList().isEmpty());
        assertFalse(momentum().toList().isEmpty());
        assertEquals(2, adam().count());
    }

    private static <S> void assertSteps(UpdateRule<S> rule, ReferenceVectors.Case c) {
        float[] w = ReferenceVectors.START.clone();
        S state = rule.initialState(2);
        List<float[]> expected = c.expected();
        for (int t = 0; t < expected.size(); t++) {
            rule.apply(w, ReferenceVectors.GRADIENTS[t].clone(), state, c.param("lr"));
            for (int i = 0; i < 2; i++) {
                assertEquals(expected.get(t)[i], w[i], 0f, c + " step " + (t + 1) + " var" + i);
            }
        }
    }
}
