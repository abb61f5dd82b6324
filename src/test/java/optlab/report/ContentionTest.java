package optlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.testing.SyntheticRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seconds per epoch measured while other runs trained at once are marked wherever they are shown, and only those. */
class ContentionTest {

    private static final String SGD = "sgd(lr=0.01)";

    @TempDir
    Path temp;

    private static List<RunResult> runs(int scratchAtOnce) {
        return List.of(
                SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.SCRATCH), new double[] {0.5, 0.3, 0.2}, new double[] {0.9, 0.95, 0.96})
                        .trainedWith(scratchAtOnce),
                SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.TENSORFLOW), new double[] {0.5, 0.3, 0.2}, new double[] {0.9, 0.95, 0.96}));
    }

    private static ReportInput input(List<RunResult> runs) {
        return new ReportInput(SyntheticRuns.experiment(SGD), runs, List.of(), List.of(SyntheticRuns.verdict(SGD, -1)), SyntheticRuns.provenance());
    }

    @Test
    void theReportTheCsvAndTheConsoleMarkSecondsMeasuredBesideOtherRuns() throws IOException {
        Path index = ReportWriter.write(temp, input(runs(2)));
        String page = Files.readString(index);

        assertTrue(page.contains("<td>scratch 0.50 (2 at once), tensorflow 0.50</td>"), "the answer's seconds per epoch");
        assertTrue(page.contains("<td>0.50 (2 at once)</td>") && page.contains("<td>0.50</td>"), "the run table's s/epoch, per run");
        assertTrue(page.contains("measured with up to N runs training at once on this machine (--jobs; here up to 2)"), "the note says what it means");
        List<String> summary = Files.readAllLines(temp.resolve("summary.csv"));
        assertTrue(summary.get(0).endsWith(",runs_at_once"));
        assertTrue(summary.get(1).endsWith(",2") && summary.get(2).endsWith(",1"), summary.toString());

        ExperimentSpec spec = SyntheticRuns.experiment(SGD);
        String table = SummaryTable.render(spec, runs(2));
        assertTrue(table.contains("0.50*") && table.contains("* s/epoch measured with up to 2 runs at once (--jobs), sharing the cores"), table);
    }

    @Test
    void runsThatTrainedAloneAreNotMarked() throws IOException {
        String page = Files.readString(ReportWriter.write(temp, input(runs(1))));

        assertFalse(page.contains("at once"));
        assertFalse(SummaryTable.render(SyntheticRuns.experiment(SGD), runs(1)).contains("*"));
    }
}
