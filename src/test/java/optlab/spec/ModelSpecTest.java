package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's label names the loss and decay only when they are not the defaults; bad values are named. */
class ModelSpecTest {

    @Test
    void theLabelShowsTheLossAndL2OnlyWhenNotTheDefault() {
        assertEquals("784-128-10 relu", ModelSpec.mlp(784, List.of(128), 10, Activation.RELU, Loss.CROSS_ENTROPY, 0).label());
        assertEquals("784-128-10 relu, mse, l2=0.01", ModelSpec.mlp(784, List.of(128), 10, Activation.RELU, Loss.MSE, 0.01).label());
        assertEquals("784-32-10 tanh, l2=0.5", ModelSpec.mlp(784, List.of(32), 10, Activation.TANH, Loss.CROSS_ENTROPY, 0.5).label());
    }

    @Test
    void lossesParseByName() {
        assertEquals(Loss.MSE, Loss.parse(" MSE "));
        assertEquals(Loss.CROSS_ENTROPY, Loss.parse("cross-entropy"));
        SpecException e = assertThrows(SpecException.class, () -> Loss.parse("hinge"));
        assertEquals("unknown loss 'hinge' (expected cross_entropy or mse)", e.getMessage());
    }

    @Test
    void aNegativeOrNonFiniteL2IsNamed() {
        for (double l2 : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            SpecException e = assertThrows(SpecException.class,
                    () -> ModelSpec.mlp(784, List.of(128), 10, Activation.RELU, Loss.CROSS_ENTROPY, l2));
            assertTrue(e.getMessage().startsWith("model.l2 ") && e.getMessage().endsWith("got " + l2), e.getMessage());
        }
    }
}
