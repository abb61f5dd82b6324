package optlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import optlab.results.RunClaims;
import optlab.train.EpochStats;
import optlab.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's training events pass on unchanged, and the most runs seen training from the store at once is kept. */
class RunsAtOnceTest {

    @TempDir
    Path temp;

    @Test
    void keepsTheMostRunsSeenAtOnceWhileTheRunTrains() {
        var claims = new RunClaims(temp, Duration.ofMinutes(1));
        var heard = new ArrayList<String>();
        var inner = new TrainingListener() {
            @Override
            public void onStart(int epochs, int stepsPerEpoch) {
                heard.add("start " + epochs + " " + stepsPerEpoch);
            }

            @Override
            public void onStep(int epoch, long step, double loss) {
                heard.add("step " + step);
            }

            @Override
            public void onEpoch(EpochStats stats) {
                heard.add("epoch " + stats.epoch());
            }
        };
        try (var own = claims.tryClaim("own").orElseThrow()) {
            var probe = new RunsAtOnce(inner, claims);
            probe.onStart(2, 10);
            assertEquals(1, probe.most(), "alone");
            probe.onStep(1, 1, 0.5);
            try (var other = claims.tryClaim("other").orElseThrow()) {
                probe.onEpoch(epoch(1));
                assertEquals(2, probe.most(), "another run trained meanwhile");
            }
            probe.onEpoch(epoch(2));
            assertEquals(2, probe.most(), "the most, not the last");
            assertEquals(List.of("start 2 10", "step 1", "epoch 1", "epoch 2"), heard);
        }
    }

    private static EpochStats epoch(int epoch) {
        return new EpochStats(epoch, 1, 0.5, 1, 0.5, null, null, 0.01, 0.1);
    }
}
