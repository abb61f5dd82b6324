package optlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import optlab.report.SummaryTable;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.testing.SyntheticRuns;
import optlab.train.EpochStats;
import optlab.train.TrainingListener;
import org.junit.jupiter.api.Test;

/** The console's lines, golden: epoch, mean loss, ETA, in 80 columns; piped output has no control characters. */
class ProgressLineTest {

    private static final EpochStats EPOCH = new EpochStats(3, 0.23456, 0.93121, 0.12345, 0.96119, null, null, 0.01, 3.42);

    @Test
    void anEpochLineKeepsEpochLossAccuracyTimeAndEta() {
        assertEquals("  epoch  3/10  loss 0.2346 acc 0.9312  test 0.1235 0.9612  3.4 s  ETA 0:41", ProgressLine.epoch(EPOCH, 10, 41.2));
        assertEquals("  epoch  3/10  loss 0.2346 acc 0.9312  test 0.1235 0.9612  3.4 s  ETA 1:02:03", ProgressLine.epoch(EPOCH, 10, 3723));
        assertEquals("  epoch  3/10  loss 0.2346 acc 0.9312  test 0.1235 0.9612  3.4 s  ETA ?", ProgressLine.epoch(EPOCH, 10, Double.NaN));
    }

    @Test
    void theLiveLineShowsTheBarAndBothEtasInEightyColumns() {
        String line = ProgressLine.live(3, 10, 0.38, 0.2345, 41, 725);
        assertEquals("  epoch  3/10 [=======>            ]  38%  loss 0.2345  ETA 0:41 run, 12:05 all", line);
        assertTrue(line.length() <= 80);
        assertTrue(ProgressLine.live(100, 100, 1, 12345.678, 359999, 3599999).length() <= 80);
        assertEquals("  epoch  1/10 [                    ]   0%  loss 2.3026  ETA ?", ProgressLine.live(1, 10, 0, 2.30259, Double.NaN, Double.NaN));
    }

    @Test
    void pipedOutputIsALinePerEpochWithoutControlCharacters() {
        ExperimentSpec spec = SyntheticRuns.experiment("sgd");
        var bytes = new ByteArrayOutputStream();
        var progress = new ConsoleProgress(spec, new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        TrainingListener listener = progress.starting(spec.runs().get(0), 1, 2);
        listener.onStart(2, 100);
        for (long step = 1; step <= 200; step++) {
            listener.onStep(step <= 100 ? 1 : 2, step, 0.5);
            if (step % 100 == 0) {
                listener.onEpoch(new EpochStats((int) (step / 100), 0.5, 0.9, 0.4, 0.92, null, null, 0.01, 0.5));
            }
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("[1/2] sgd"), lines.get(0));
        assertTrue(lines.get(1).startsWith("  epoch  1/2  loss 0.5000 acc 0.9000  test 0.4000 0.9200  0.5 s  ETA "), lines.get(1));
        assertFalse(bytes.toString(StandardCharsets.UTF_8).chars().anyMatch(c -> c == '\r' || c == 0x1b));
    }

    @Test
    void theSummaryTableFitsTheTerminalByLeavingOutWhatMattersLeast() {
        ExperimentSpec spec = SyntheticRuns.experiment("adam(lr=0.001, beta1=0.9, beta2=0.999, epsilon=1.0E-8)");
        RunResult run = SyntheticRuns.completed(spec.runs().get(0), new double[] {0.5, 0.3}, new double[] {0.8, 0.9});
        String wide = SummaryTable.render(spec, List.of(run));
        assertTrue(wide.lines().anyMatch(l -> l.length() > 80) && wide.contains("macro AUC"), wide);
        String narrow = SummaryTable.render(spec, List.of(run), 80);
        assertTrue(narrow.lines().allMatch(l -> l.length() <= 80), narrow);
        assertFalse(narrow.contains("macro AUC"), narrow);
        assertTrue(narrow.contains("test acc") && narrow.contains("s/epoch") && narrow.contains(Implementation.SCRATCH.id()), narrow);
    }
}
