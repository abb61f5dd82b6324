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
        assertEquals("unknown loss 'hinge' (expected cross_entropy, mse or mse_sum)", e.getMessage());
        assertEquals(Loss.MSE_SUM, Loss.parse("mse-sum"));
    }

    @Test
    void theNotebooksDecayFormIsNamedInTheLabelAndLeftOutOfTheJsonAtTheDefault() throws Exception {
        ModelSpec keras = ModelSpec.mlp(784, List.of(128), 10, Activation.RELU, Loss.CROSS_ENTROPY, 0.1);
        ModelSpec notebook = keras.withL2Form(L2Form.GRADIENT);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();

        assertEquals("784-128-10 relu, l2=0.1 (every parameter)", notebook.label());
        assertEquals(L2Form.KERNELS, keras.l2Form());
        assertTrue(!json.writeValueAsString(keras).contains("l2Form"), json.writeValueAsString(keras));
        assertTrue(json.writeValueAsString(notebook).contains("\"l2Form\":\"GRADIENT\""), json.writeValueAsString(notebook));
        assertEquals(notebook, json.readValue(json.writeValueAsString(notebook), ModelSpec.class));
        assertEquals(keras, json.readValue(json.writeValueAsString(keras), ModelSpec.class));
        assertEquals(L2Form.KERNELS, ModelSpec.mlp(784, List.of(128), 10, Activation.RELU, Loss.CROSS_ENTROPY, 0)
                .withL2Form(L2Form.GRADIENT).l2Form(), "no decay has no form");
        SpecException e = assertThrows(SpecException.class, () -> L2Form.parse("biases"));
        assertEquals("unknown l2_form 'biases' (expected kernels or gradient)", e.getMessage());
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
