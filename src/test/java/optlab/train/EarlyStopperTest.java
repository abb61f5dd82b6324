package optlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import optlab.spec.EarlyStopping;
import org.junit.jupiter.api.Test;

/** The stopping rule on scripted validation sequences, epochs worked out by hand. */
class EarlyStopperTest {

    @Test
    void stopsAfterPatienceEpochsThatFailToBeatTheBestByMinDelta() {
        // best 1.0 (epoch 1), 0.8 (epoch 2, beats it by 0.2); 0.79 beats 0.8 by only 0.01, 0.85 not at all: stop at 4.
        var stopper = new EarlyStopper(new EarlyStopping(EarlyStopping.VAL_LOSS, 2, 0.05, false));

        assertEquals(4, stopEpoch(stopper, 1.0, 0.8, 0.79, 0.85, 0.7, 0.71));
        assertEquals(2, stopper.bestEpoch());
    }

    @Test
    void anImprovementResetsThePatience() {
        // as above, but patience 3: 0.7 at epoch 5 beats 0.8 by 0.1, then epochs 6, 7 and 8 fail.
        var stopper = new EarlyStopper(new EarlyStopping(EarlyStopping.VAL_LOSS, 3, 0.05, false));

        assertEquals(8, stopEpoch(stopper, 1.0, 0.8, 0.79, 0.85, 0.7, 0.71, 0.72, 0.73, 0.5));
        assertEquals(5, stopper.bestEpoch());
    }

    @Test
    void comparesWithTheBestNotThePreviousEpoch() {
        // each epoch beats the previous one by 0.03 but the best (epoch 1's 1.0) only every other epoch by more than 0.05.
        var stopper = new EarlyStopper(new EarlyStopping(EarlyStopping.VAL_LOSS, 2, 0.05, false));

        assertEquals(-1, stopEpoch(stopper, 1.0, 0.97, 0.94, 0.91, 0.88));
        assertEquals(5, stopper.bestEpoch(), "best: 1.0 (1), 0.94 (3), 0.88 (5)");
    }

    @Test
    void beatingTheBestByExactlyMinDeltaIsNoImprovement() {
        // binary fractions, so the sums are exact: 0.5 + 0.25 is not below 0.75.
        var stopper = new EarlyStopper(new EarlyStopping(EarlyStopping.VAL_LOSS, 1, 0.25, false));

        assertEquals(2, stopEpoch(stopper, 0.75, 0.5));
        assertEquals(1, stopper.bestEpoch());
    }

    @Test
    void accuracyIsMaximised() {
        // 0.9, 0.95 (improves), 0.95 and 0.94 do not: stop at 4 with patience 2.
        var stopper = new EarlyStopper(new EarlyStopping(EarlyStopping.VAL_ACCURACY, 2, 0, false));

        assertEquals(4, stopEpoch(stopper, 0.9, 0.95, 0.95, 0.94, 0.99));
        assertEquals(2, stopper.bestEpoch());
    }

    @Test
    void anEpochWithoutValidationFiguresIsAnError() {
        var stopper = new EarlyStopper(new EarlyStopping(EarlyStopping.VAL_LOSS, 2, 0, false));

        var e = assertThrows(IllegalStateException.class, () -> stopper.observe(new EpochStats(1, 1, 0.5, 1, 0.5, null, null, 0.1, 1)));
        assertEquals("early stopping monitors val_loss but epoch 1 has no validation figures", e.getMessage());
    }

    /** Feeds the values as epochs 1, 2, ... and returns the epoch after which the stopper says stop, or -1. */
    private static int stopEpoch(EarlyStopper stopper, double... values) {
        for (int e = 1; e <= values.length; e++) {
            double v = values[e - 1];
            stopper.observe(new EpochStats(e, 0, 0, 0, 0, v, v, 0, 0));
            if (stopper.shouldStop()) {
                return e;
            }
        }
        return -1;
    }
}
