package optlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.testing.SyntheticRuns;
import org.junit.jupiter.api.Test;

/** Time to a target test accuracy, worked out by hand. */
class HistoryTest {

    // Epoch e takes 0.25 e seconds: 0.25, 0.5, 0.75, 1.0.
    private final History history = SyntheticRuns.completed(SyntheticRuns.run("sgd", Implementation.SCRATCH),
            new double[] {1, 0.8, 0.6, 0.5}, new double[] {0.9, 0.96, 0.97, 0.98}).history();

    @Test
    void timeToTargetCountsTheTrainingSecondsUpToAndIncludingTheFirstEpochThatReachedIt() {
        assertEquals(Optional.of(new TimeToTarget(3, 1.5)), history.timeToTestAccuracy(ExperimentSpec.DEFAULT_TARGET));
        assertEquals(Optional.of(new TimeToTarget(1, 0.25)), history.timeToTestAccuracy(0.5));
        assertEquals(Optional.of(new TimeToTarget(4, 2.5)), history.timeToTestAccuracy(0.975));
    }

    @Test
    void anUnreachedTargetHasNoTime() {
        assertEquals(Optional.empty(), history.timeToTestAccuracy(0.99));
    }
}
