package optlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.stats.SeedSummary;

/**
 * The short table printed at the end of {@code report} and {@code train}: one row per
 * configuration and implementation (mean ± standard deviation when there are several seeds), and
 * one saying so where an optimizer has no TensorFlow twin.
 */
public final class SummaryTable {

    private static final List<String> HEADER = List.of("configuration", "implementation", "seeds", "train loss",
            "test loss", "test acc", "macro AUC", "s/epoch", "status");

    private SummaryTable() {
    }

    /** The columns left out first when the table is wider than the terminal: macro AUC, train loss, seeds. */
    private static final List<Integer> DROPPABLE = List.of(6, 3, 2);

    public static String render(ExperimentSpec spec, List<RunResult> runs) {
        return render(spec, runs, Integer.MAX_VALUE);
    }

    /**
     * The table in at most {@code width} columns, as far as it goes: the least needed columns are left
     * out, then the configurations are cut short (the report has them whole).
     */
    public static String render(ExperimentSpec spec, List<RunResult> runs, int width) {
        List<List<String>> shown = TextTable.fit(rows(spec, runs), width, DROPPABLE);
        int status = shown.get(0).size() - 1;
        int atOnce = Contention.most(runs);
        return TextTable.render(shown, c -> c < 2 || c == status, true) + (atOnce > 1 ? "* s/epoch measured with up to " + atOnce
                + " runs at once (--jobs), sharing the cores" + System.lineSeparator() : "");
    }

    private static List<List<String>> rows(ExperimentSpec spec, List<RunResult> runs) {
        var rows = new ArrayList<List<String>>();
        rows.add(HEADER);
        for (RunGroup group : RunGroup.of(spec, runs)) {
            rows.add(row(group));
            if (NoTwin.lacksTwin(spec, group)) {
                rows.add(List.of(group.configuration(), Implementation.TENSORFLOW.id(), "-", "-", "-", "-", "-", "-", NoTwin.TEXT));
            }
        }
        return rows;
    }

    private static List<String> row(RunGroup group) {
        List<RunResult> completed = group.completed();
        var cells = new ArrayList<String>();
        cells.add(group.configuration());
        cells.add(group.implementation().id());
        cells.add(String.valueOf(group.runs().size()));
        if (completed.isEmpty()) {
            cells.addAll(List.of("-", "-", "-", "-", "-"));
        } else {
            cells.add(summary(completed, r -> r.history().last().trainLoss(), 1, "%.4f", ""));
            cells.add(summary(completed, r -> r.evaluation().loss(), 1, "%.4f", ""));
            cells.add(summary(completed, r -> r.evaluation().accuracy(), 100, "%.2f", "%"));
            cells.add(summary(completed, r -> r.evaluation().macroAuc(), 1, "%.4f", ""));
            cells.add(String.format(Locale.ROOT, "%.2f", completed.stream().mapToDouble(r -> r.history().secondsPerEpoch()).average().orElseThrow())
                    + (Contention.most(completed) > 1 ? "*" : ""));
        }
        cells.add(status(group));
        return cells;
    }

    /** "97.59%", or "97.59 ± 0.12%" over several seeds. */
    private static String summary(List<RunResult> runs, ToDoubleFunction<RunResult> metric, double scale, String format, String unit) {
        SeedSummary s = SeedSummary.of(runs.stream().mapToDouble(metric).map(v -> v * scale).toArray());
        String mean = String.format(Locale.ROOT, format, s.mean());
        return (s.n() == 1 ? mean : mean + " ± " + String.format(Locale.ROOT, format, s.standardDeviation())) + unit;
    }

    private static String status(RunGroup group) {
        List<RunResult> diverged = group.runs().stream().filter(RunResult::diverged).toList();
        long stopped = group.runs().stream().filter(r -> r.history().stoppedEpoch() > 0).count();
        var parts = new ArrayList<String>();
        if (diverged.size() == 1 && group.runs().size() == 1) {
            RunResult run = diverged.get(0);
            parts.add("diverged (epoch " + run.divergence().epoch() + ", step " + run.divergence().step() + ")");
        } else if (!diverged.isEmpty()) {
            parts.add(diverged.size() + " diverged");
        }
        if (stopped > 0) {
            parts.add(stopped + " stopped early");
        }
        return parts.isEmpty() ? "ok" : String.join(", ", parts);
    }
}
