package optlab.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import optlab.spec.Activation;
import optlab.spec.Loss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backprop against central finite differences of the whole objective, in float64, for every
 * parameter of every layer, every activation and both losses, without and with L2 decay:
 * relative error below 1e-6.
 */
class GradientCheckTest {

    static List<GradientCheck.Case> cases() {
        return GradientCheck.cases();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void backpropMatchesFiniteDifferences(GradientCheck.Case c) {
        List<GradientCheck.Entry> entries = GradientCheck.check(c);

        assertEquals(6, entries.size(), "weights and bias of three layers");
        for (GradientCheck.Entry e : entries) {
            assertTrue(e.maxRelativeError() < GradientCheck.THRESHOLD, e.toString());
        }
    }

    @Test
    void everyActivationIsCheckedWithBothLossesWithAndWithoutDecay() {
        List<GradientCheck.Case> cases = GradientCheck.cases();

        assertEquals(Activation.values().length * Loss.values().length * 2, cases.size());
        for (Activation a : Activation.values()) {
            for (Loss loss : Loss.values()) {
                assertTrue(cases.contains(new GradientCheck.Case(a, loss, 0)), a + " " + loss);
                assertTrue(cases.contains(new GradientCheck.Case(a, loss, GradientCheck.L2)), a + " " + loss + " l2");
            }
        }
    }

    @Test
    void theTableHasOneLinePerCase() {
        GradientCheck.Case c = new GradientCheck.Case(Activation.TANH, Loss.MSE, GradientCheck.L2);
        String table = new GradientCheck.Result(GradientCheck.check(c)).table();

        List<String> lines = table.lines().toList();
        assertEquals(2, lines.size(), table);
        assertTrue(lines.get(1).matches("tanh +mse +0\\.1 +dense\\d/(kernel|bias) +\\d\\.\\d\\de-\\d\\d ok"), table);
    }
}
