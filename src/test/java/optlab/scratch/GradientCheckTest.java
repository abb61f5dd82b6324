package optlab.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import optlab.spec.Activation;
import optlab.spec.L2Form;
import optlab.spec.Loss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backprop against central finite differences of the whole objective, in float64, for every
 * parameter of every layer, every activation and every loss, without L2 decay and with it in both
 * forms: relative error below 1e-6.
 */
class GradientCheckTest {

    static List<GradientCheck.Case> cases() {
        return GradientCheck.cases();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void backpropMatchesFiniteDifferences(GradientCheck.Case c) {
        List<GradientCheck.Entry> entries = GradientCheck.check(c);

        assertEquals(c.network() == GradientCheck.Architecture.CONV_VALID ? 4 : 6, entries.size(), "kernel and bias of every layer that has them");
        for (GradientCheck.Entry e : entries) {
            assertTrue(e.maxRelativeError() < GradientCheck.THRESHOLD, e.toString());
        }
    }

    @Test
    void everyNetworkAndActivationIsCheckedWithEveryLossWithoutDecayAndWithBothForms() {
        List<GradientCheck.Case> cases = GradientCheck.cases();

        assertEquals(GradientCheck.Architecture.values().length * Activation.values().length * Loss.values().length * 3, cases.size());
        for (GradientCheck.Architecture n : GradientCheck.Architecture.values()) {
            for (Activation a : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    assertTrue(cases.contains(new GradientCheck.Case(n, a, loss, 0, L2Form.KERNELS)), n + " " + a + " " + loss);
                    for (L2Form form : L2Form.values()) {
                        assertTrue(cases.contains(new GradientCheck.Case(n, a, loss, GradientCheck.L2, form)), n + " " + a + " " + loss + " " + form);
                    }
                }
            }
        }
    }

    @Test
    void theConvolutionalNetworksUseEveryLayerKind() {
        var kinds = new java.util.TreeSet<String>();
        for (GradientCheck.Architecture n : GradientCheck.Architecture.values()) {
            n.model(Activation.RELU, Loss.CROSS_ENTROPY, 0).stack().forEach(layer -> kinds.add(layer.kind()));
        }
        assertEquals(new java.util.TreeSet<>(List.of("conv2d", "dense", "dropout", "flatten", "maxpool2d")), kinds);
    }

    @Test
    void theTableHasOneLinePerCase() {
        GradientCheck.Case c = new GradientCheck.Case(GradientCheck.Architecture.CONV_SAME, Activation.TANH, Loss.MSE, GradientCheck.L2,
                L2Form.GRADIENT);
        String table = new GradientCheck.Result(GradientCheck.check(c)).table();

        List<String> lines = table.lines().toList();
        assertEquals(2, lines.size(), table);
        assertTrue(lines.get(1).matches("conv-same +tanh +mse +0\\.1 +gradient +(conv|dense)\\d/(kernel|bias) +\\d\\.\\d\\de-\\d\\d ok"), table);
    }
}
