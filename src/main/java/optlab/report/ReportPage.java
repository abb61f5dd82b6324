package optlab.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import optlab.metrics.ClassMetrics;
import optlab.metrics.ClassificationReport;
import optlab.results.RunResult;
import optlab.results.ValidationVerdict;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.train.EpochStats;
import optlab.train.IterationStats;

/** What the HTML template shows, already formatted: the template only lays it out. */
record ReportPage(
        String title,
        String setup,
        List<SummaryRow> summary,
        List<ComparisonRow> comparison,
        String notation,
        List<FormulaSheet.Card> formulas,
        List<Chart> epochCharts,
        List<Chart> iterationCharts,
        List<Chart> rocCharts,
        List<RunDetail> runs,
        List<Entry> provenance,
        String specJson) {

    /** @param noTwin a row in the place of a TensorFlow run that an optimizer without a TensorFlow twin cannot have */
    record SummaryRow(String optimizer, String implementation, String colour, boolean dashed, long seed,
            String trainLoss, String trainAccuracy, String testLoss, String testAccuracy, String macroAuc,
            String secondsPerEpoch, String epochsTo97, String status, boolean diverged, boolean noTwin) {
    }

    /** Scratch vs TensorFlow for one optimizer: its training runs' agreement and its lockstep verdict. */
    record ComparisonRow(String optimizer, String anchor, boolean twin, String noTwin, String epochs,
            String maxTrainLossDifference, String maxTestAccuracyDifference, String firstEpochRelativeLossDifference,
            String finalTestAccuracyDifference, VerdictView verdict) {
    }

    record Chart(String svg) {
    }

    record Cell(String text, String style) {
    }

    record HeatRow(String actual, List<Cell> cells) {
    }

    record ReportLine(String label, String precision, String recall, String f1, String support, boolean average) {
    }

    record RunDetail(String anchor, String label, boolean diverged, String divergence, String rocSvg,
            List<String> classes, List<HeatRow> confusion, List<ReportLine> report, String accuracy) {
    }

    record Entry(String key, String value) {
    }

    private static final int WIDE = 760;
    private static final int HALF = 560;
    private static final int HEIGHT = 400;

    static ReportPage of(ReportInput input) {
        ExperimentSpec spec = input.spec();
        List<RunResult> runs = input.runs();
        List<RunResult> completed = runs.stream().filter(r -> r.evaluation() != null).toList();
        var charts = new Charts(runs);
        var ids = new ChartIds();

        var epochCharts = List.of(
                new Chart(SvgChart.render(charts.perEpoch("Training loss (mean over the epoch's batches)", "loss", EpochStats::trainLoss), ids.next(), HALF, HEIGHT)),
                new Chart(SvgChart.render(charts.perEpoch("Test loss (after the epoch)", "loss", EpochStats::testLoss), ids.next(), HALF, HEIGHT)),
                new Chart(SvgChart.render(charts.perEpoch("Training accuracy (mean over the epoch's batches)", "accuracy", EpochStats::trainAccuracy), ids.next(), HALF, HEIGHT)),
                new Chart(SvgChart.render(charts.perEpoch("Test accuracy (after the epoch)", "accuracy", EpochStats::testAccuracy), ids.next(), HALF, HEIGHT)));
        var iterationCharts = List.of(
                new Chart(SvgChart.render(charts.perIteration("Batch training loss every " + spec.logEvery() + " steps", IterationStats::trainLoss), ids.next(), HALF, HEIGHT)),
                new Chart(SvgChart.render(charts.perIteration("Full test loss every " + spec.logEvery() + " steps", IterationStats::testLoss), ids.next(), HALF, HEIGHT)));
        var rocCharts = completed.isEmpty() ? List.<Chart>of() : List.of(
                new Chart(SvgChart.render(charts.macroRoc(completed, false), ids.next(), HALF, HEIGHT + 60)),
                new Chart(SvgChart.render(charts.macroRoc(completed, true), ids.next(), HALF, HEIGHT + 60)),
                new Chart(SvgChart.render(charts.macroAucBars(completed), ids.next(), HALF, HEIGHT + 60)));

        List<SummaryRow> summary = NoTwin.rows(spec, runs, run -> summaryRow(run, RunStyle.hex(charts.optimizerIndex(run))),
                optimizer -> noTwinRow(optimizer, spec.seed()));
        var details = runs.stream().map(run -> detail(run, ids)).toList();
        Map<OptimizerSpec, ValidationVerdict> verdicts = input.validations().stream()
                .collect(Collectors.toMap(v -> v.inputs().optimizer(), v -> v, (a, b) -> b));
        Function<OptimizerSpec, VerdictView> verdictOf = o -> VerdictView.of(OptimizerCatalog.runsOnTensorFlow(o.name()), verdicts.get(o));

        return new ReportPage("optlab report: " + spec.name(), setup(spec), summary, comparison(spec, runs, verdictOf),
                FormulaSheet.notation(), FormulaSheet.of(spec.optimizers(), verdictOf),
                epochCharts, iterationCharts, rocCharts, details,
                input.provenance().entries().entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList(),
                json(spec));
    }

    private static String setup(ExperimentSpec s) {
        return String.format(Locale.ROOT, "%s on %s, %s init, batch %d, %d epochs, seed %d, %s inputs%s, TensorFlow threads %d",
                s.model().label(), s.dataset().toUpperCase(Locale.ROOT), s.model().init().id(), s.batchSize(), s.epochs(), s.seed(),
                s.preprocessing().id(), s.validationFraction() > 0 ? ", validation " + s.validationFraction() : "", s.threads());
    }

    private static SummaryRow summaryRow(RunResult run, String colour) {
        var s = run.spec();
        boolean any = !run.history().epochs().isEmpty();
        EpochStats last = any ? run.history().last() : null;
        int to97 = run.history().epochsToTestAccuracy(0.97);
        String status = run.diverged()
                ? "diverged at epoch " + run.divergence().epoch() + ", step " + run.divergence().step() + " (loss " + run.divergence().loss() + ")"
                : "completed";
        return new SummaryRow(s.optimizer().label(), s.implementation().id(), colour,
                s.implementation() == Implementation.TENSORFLOW, s.seed(),
                any ? Format.f4(last.trainLoss()) : Format.MISSING, any ? Format.percent(last.trainAccuracy()) : Format.MISSING,
                any ? Format.f4(last.testLoss()) : Format.MISSING, any ? Format.percent(last.testAccuracy()) : Format.MISSING,
                run.evaluation() == null ? Format.MISSING : Format.f4(run.evaluation().macroAuc()),
                any ? String.format(Locale.ROOT, "%.2f", run.history().secondsPerEpoch()) : Format.MISSING,
                to97 < 0 ? "not reached" : String.valueOf(to97), status, run.diverged(), false);
    }

    /** No swatch: no chart has a line for it. */
    private static SummaryRow noTwinRow(OptimizerSpec optimizer, long seed) {
        String m = Format.MISSING;
        return new SummaryRow(optimizer.label(), Implementation.TENSORFLOW.id(), "", true, seed, m, m, m, m, m, m, m,
                NoTwin.TEXT, false, true);
    }

    /** One row per optimizer of the experiment, so one without a TensorFlow twin is named, not left out. */
    private static List<ComparisonRow> comparison(ExperimentSpec spec, List<RunResult> runs, Function<OptimizerSpec, VerdictView> verdicts) {
        Map<String, Agreement> agreements = Agreement.of(runs).stream()
                .collect(Collectors.toMap(Agreement::optimizer, a -> a, (a, b) -> a));
        String m = Format.MISSING;
        return spec.optimizers().stream().distinct().map(o -> {
            boolean twin = OptimizerCatalog.runsOnTensorFlow(o.name());
            Agreement a = agreements.get(o.label());
            return a == null
                    ? new ComparisonRow(o.label(), FormulaSheet.anchor(o), twin, NoTwin.TEXT, m, m, m, m, m, verdicts.apply(o))
                    : new ComparisonRow(o.label(), FormulaSheet.anchor(o), twin, NoTwin.TEXT, String.valueOf(a.epochs()),
                            Format.sci(a.maxTrainLossDifference()),
                            String.format(Locale.ROOT, "%.2f pp", 100 * a.maxTestAccuracyDifference()),
                            Format.sci(a.firstEpochRelativeLossDifference()),
                            String.format(Locale.ROOT, "%+.2f pp", 100 * a.finalTestAccuracyDifference()), verdicts.apply(o));
        }).toList();
    }

    private static RunDetail detail(RunResult run, ChartIds ids) {
        String anchor = "run-" + run.id();
        if (run.evaluation() == null) {
            return new RunDetail(anchor, RunStyle.label(run), true,
                    "Diverged at epoch " + run.divergence().epoch() + ", step " + run.divergence().step()
                            + ": the loss became " + run.divergence().loss() + ". Training stopped; there is no final evaluation.",
                    "", List.of(), List.of(), List.of(), "");
        }
        var evaluation = run.evaluation();
        int[][] counts = evaluation.confusion().counts();
        var classes = new ArrayList<String>();
        var rows = new ArrayList<HeatRow>();
        for (int actual = 0; actual < counts.length; actual++) {
            classes.add(String.valueOf(actual));
            int total = evaluation.confusion().actualCount(actual);
            var cells = new ArrayList<Cell>();
            for (int predicted = 0; predicted < counts.length; predicted++) {
                cells.add(heatCell(counts[actual][predicted], total));
            }
            rows.add(new HeatRow(String.valueOf(actual), cells));
        }
        ClassificationReport report = evaluation.report();
        var lines = new ArrayList<ReportLine>();
        report.classes().forEach(c -> lines.add(line(c, false)));
        lines.add(line(report.macroAverage(), true));
        lines.add(line(report.weightedAverage(), true));
        return new RunDetail(anchor, RunStyle.label(run), false, "",
                SvgChart.render(Charts.rocPerClass(run), ids.next(), 460, 340), classes, rows, lines, Format.percent(report.accuracy()));
    }

    /** Shade by the share of the actual class's samples: the diagonal reads as recall. */
    private static Cell heatCell(int count, int rowTotal) {
        double share = rowTotal == 0 ? 0 : (double) count / rowTotal;
        double alpha = count == 0 ? 0 : 0.08 + 0.92 * Math.sqrt(share);
        String text = alpha > 0.55 ? "#fff" : "#222";
        return new Cell(String.valueOf(count), String.format(Locale.ROOT, "background:rgba(0,114,178,%.3f);color:%s", alpha, text));
    }

    private static ReportLine line(ClassMetrics c, boolean average) {
        return new ReportLine(c.label(), Format.f4(c.precision()), Format.f4(c.recall()), Format.f4(c.f1()), String.valueOf(c.support()), average);
    }

    private static String json(ExperimentSpec spec) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Page-unique chart ids, the same on every run so the HTML is reproducible. */
    private static final class ChartIds {
        private int next = 1;

        String next() {
            return "chart" + next++;
        }
    }
}
