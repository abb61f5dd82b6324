package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad early-stopping settings fail with one line naming the setting. */
class EarlyStoppingTest {

    @Test
    void badSettingsNameTheField() {
        assertMessage("early_stopping.patience must be positive, got 0",
                () -> new EarlyStopping(EarlyStopping.VAL_LOSS, 0, 0, true));
        assertMessage("early_stopping.monitor must be val_loss or val_accuracy, got 'loss'",
                () -> new EarlyStopping("loss", 3, 0, true));
        assertMessage("early_stopping.min_delta must be a finite number >= 0, got -0.1",
                () -> new EarlyStopping(EarlyStopping.VAL_ACCURACY, 3, -0.1, true));
        assertMessage("early_stopping.min_delta must be a finite number >= 0, got NaN",
                () -> new EarlyStopping(EarlyStopping.VAL_ACCURACY, 3, Double.NaN, true));
    }

    @Test
    void aRunNeedsAValidationSplitToStopEarly() {
        var stopping = new EarlyStopping(EarlyStopping.VAL_ACCURACY, 3, 0, true);

        assertMessage("early_stopping monitors val_accuracy, which needs a validation fraction above 0, got 0",
                () -> run(0, stopping));
        assertEquals(stopping, run(0.1, stopping).earlyStopping());
    }

    private static RunSpec run(double validationFraction, EarlyStopping stopping) {
        return new RunSpec("test", "mnist", ModelSpec.mlp(4, List.of(3), 3, Activation.RELU, Loss.CROSS_ENTROPY, 0), OptimizerCatalog.parse("sgd"),
                Implementation.SCRATCH, 1, 2, 8, 10, Preprocessing.SCALE, validationFraction, 1, stopping);
    }

    private static void assertMessage(String expected, Executable call) {
        SpecException e = assertThrows(SpecException.class, call);
        assertEquals(expected, e.getMessage());
    }
}
