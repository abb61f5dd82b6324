package optlab.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import optlab.spec.Activation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Backprop against central finite differences, in float64, for every parameter of every layer
 * and every activation: relative error below 1e-6.
 */
class GradientCheckTest {

    @ParameterizedTest
    @EnumSource(Activation.class)
    void backpropMatchesFiniteDifferences(Activation activation) {
        List<GradientCheck.Entry> entries = GradientCheck.check(activation);

        assertEquals(6, entries.size(), "weights and bias of three layers");
        for (GradientCheck.Entry e : entries) {
            assertTrue(e.maxRelativeError() < GradientCheck.THRESHOLD, e.toString());
        }
    }
}
