package optlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.OptimizerSpec;
import optlab.train.EpochStats;

/**
 * The short table printed at the end of {@code report} and {@code train}: one row per run, and one
 * saying so where an optimizer has no TensorFlow twin.
 */
public final class SummaryTable {

    private static final List<String> HEADER = List.of("optimizer", "implementation", "train loss", "train acc",
            "test loss", "test acc", "macro AUC", "s/epoch", "status");

    private SummaryTable() {
    }

    public static String render(ExperimentSpec spec, List<RunResult> runs) {
        var rows = new ArrayList<List<String>>();
        rows.add(HEADER);
        rows.addAll(NoTwin.rows(spec, runs, SummaryTable::row, SummaryTable::noTwinRow));
        int status = HEADER.size() - 1;
        return TextTable.render(rows, c -> c < 2 || c == status, true);
    }

    private static List<String> row(RunResult run) {
        var cells = new ArrayList<String>();
        cells.add(run.spec().optimizer().label());
        cells.add(run.spec().implementation().id());
        if (run.history().epochs().isEmpty()) {
            cells.addAll(List.of("-", "-", "-", "-", "-", "-"));
        } else {
            EpochStats last = run.history().last();
            cells.add(f4(last.trainLoss()));
            cells.add(f4(last.trainAccuracy()));
            cells.add(f4(last.testLoss()));
            cells.add(f4(last.testAccuracy()));
            cells.add(run.evaluation() == null ? "-" : f4(run.evaluation().macroAuc()));
            cells.add(String.format(Locale.ROOT, "%.2f", run.history().secondsPerEpoch()));
        }
        cells.add(run.diverged()
                ? "diverged (epoch " + run.divergence().epoch() + ", step " + run.divergence().step() + ")"
                : "ok");
        return cells;
    }

    private static List<String> noTwinRow(OptimizerSpec optimizer) {
        return List.of(optimizer.label(), Implementation.TENSORFLOW.id(), "-", "-", "-", "-", "-", "-", NoTwin.TEXT);
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
