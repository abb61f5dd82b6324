package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog's ranges for the Keras family: 0/1 switches, hyperparameters that may be 0, and the families' trainers. */
class OptimizerCatalogRangesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "keras-sgd(nesterov=0.5); nesterov must be 0 (off) or 1 (on), got 0.5",
            "keras-rmsprop(centered=2); centered must be 0 (off) or 1 (on), got 2.0",
            "keras-adam(amsgrad=-1); amsgrad must be 0 (off) or 1 (on), got -1.0",
            "keras-adamw(weight_decay=-0.1); weight_decay must be a number >= 0, got -0.1",
            "keras-adagrad(initial_accumulator_value=-1); initial_accumulator_value must be a number >= 0, got -1.0",
            "keras-nadam(beta_1=1); beta_1 must be in [0, 1), got 1.0",
            "keras-adamax(epsilon=0); epsilon must be a positive number, got 0.0"})
    void rejectsOutOfRange(String spec, String message) {
        assertTrue(assertThrows(SpecException.class, () -> OptimizerCatalog.parse(spec)).getMessage().endsWith(message), spec);
    }

    @Test
    void acceptsSwitchesAndZeros() {
        assertEquals(1.0, OptimizerCatalog.parse("keras-sgd(momentum=0.9, nesterov=1)").params().get("nesterov"));
        assertEquals(0.0, OptimizerCatalog.parse("keras-adamw(weight_decay=0)").params().get("weight_decay"));
        assertEquals(0.0, OptimizerCatalog.parse("keras-adagrad(initial_accumulator_value=0)").params().get("initial_accumulator_value"));
    }

    @Test
    void tensorflowAndKerasRunOnBothTrainersCourseAndPaperOnScratchOnly() {
        for (String name : OptimizerCatalog.names()) {
            OptimizerCatalog.Family family = OptimizerCatalog.family(name);
            assertEquals(family.tensorflow(), OptimizerCatalog.runsOnTensorFlow(name), name);
            assertEquals(name.startsWith("keras-"), family == OptimizerCatalog.Family.KERAS, name);
        }
        assertTrue(OptimizerCatalog.tensorflowNames().contains("keras-adamw"));
        assertFalse(OptimizerCatalog.runsOnTensorFlow("adam-paper"));
        assertFalse(OptimizerCatalog.runsOnTensorFlow("nesterov-textbook"));
    }
}
