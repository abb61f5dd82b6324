package optlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import optlab.spec.ScheduleSpec;
import org.junit.jupiter.api.Test;

/** Each schedule's rate at hand-computed steps; k counts completed updates, so k = 0 is the first update. */
class LearningRateScheduleTest {

    private static LearningRateSchedule schedule(String text) {
        return LearningRateSchedule.of(ScheduleSpec.parse(text), 0.1, 1000, 10);
    }

    @Test
    void constant() {
        assertEquals(0.1, schedule("constant").rate(0));
        assertEquals(0.1, schedule("constant").rate(999));
    }

    @Test
    void linearDecaysToEndThenStays() {
        LearningRateSchedule s = schedule("linear(end_lr=0.001, steps=100)");
        assertEquals(0.1, s.rate(0), 1e-15);
        assertEquals(0.0505, s.rate(50), 1e-15);
        assertEquals(0.001, s.rate(100), 1e-15);
        assertEquals(0.001, s.rate(500), 1e-15);
    }

    @Test
    void linearDefaultsToLrOverAHundredAtTheEndOfTheRun() {
        LearningRateSchedule s = schedule("linear");
        assertEquals(0.0505, s.rate(500), 1e-15);
        assertEquals(0.001, s.rate(1000), 1e-15);
    }

    @Test
    void stepHalvesEveryEpoch() {
        LearningRateSchedule s = schedule("step(factor=0.5, every_epochs=2)");
        assertEquals(0.1, s.rate(19), 1e-15);
        assertEquals(0.05, s.rate(20), 1e-15);
        assertEquals(0.025, s.rate(45), 1e-15);
    }

    @Test
    void exponentialIsSmooth() {
        LearningRateSchedule s = schedule("exponential(rate=0.5)");
        assertEquals(0.1 * Math.sqrt(0.5), s.rate(5), 1e-15);
        assertEquals(0.05, s.rate(10), 1e-15);
    }

    @Test
    void cosineFromLrToEnd() {
        LearningRateSchedule s = schedule("cosine(end_lr=0.02, steps=100)");
        assertEquals(0.1, s.rate(0), 1e-15);
        assertEquals(0.06, s.rate(50), 1e-15);
        assertEquals(0.02, s.rate(100), 1e-15);
        assertEquals(0.02, s.rate(300), 1e-15);
    }
}
