package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stored results are found by run id: the hash must not move when the spec's map types change. */
class RunIdStabilityTest {

    private static final ModelSpec MODEL = new ModelSpec(List.of(784, 16, 10), Activation.RELU, 0.1, Init.GLOROT, Loss.CROSS_ENTROPY, 0);

    private static RunSpec run(OptimizerSpec optimizer) {
        return new RunSpec("x", "mnist", MODEL, optimizer, Implementation.SCRATCH, 7, 2, 16, 50, Preprocessing.SCALE, 0.1, 1, null);
    }

    @Test
    void knownRunIdIsUnchanged() {
        // Computed before the hyperparameters moved from Map.copyOf to sorted maps.
        assertEquals("adam-lr-0.002-beta1-0.8-beta2-0.999-epsilon-1.0E-8-linear-end-lr-0.001-steps-50-scratch-seed7-fe69c5a11a",
                run(OptimizerCatalog.parse("adam(lr=0.002, beta1=0.8) @ linear(end_lr=0.001, steps=50)")).id());
    }

    @Test
    void hyperparametersKeepOneOrderWhateverTheyWereGivenIn() {
        var given = new OptimizerSpec("adam", 0.001, Map.of("epsilon", 1e-8, "beta2", 0.999, "beta1", 0.9),
                new ScheduleSpec("linear", Map.of("steps", 10.0, "end_lr", 0.0)));
        assertEquals(List.of("beta1", "beta2", "epsilon"), List.copyOf(given.params().keySet()));
        assertEquals(List.of("end_lr", "steps"), List.copyOf(given.schedule().params().keySet()));
    }
}
