package optlab.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import optlab.metrics.ClassMetrics;
import optlab.metrics.ClassificationReport;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.train.EpochStats;
import optlab.train.IterationStats;

/** What the HTML template shows, already formatted: the template only lays it out. */
record ReportPage(
        String title,
        String setup,
        List<SummaryRow> summary,
        List<AgreementRow> agreement,
        boolean hasAgreement,
        List<Chart> epochCharts,
        List<Chart> iterationCharts,
        List<Chart> rocCharts,
        List<RunDetail> runs,
        List<Entry> provenance,
        String specJson) {

    record SummaryRow(String optimizer, String implementation, String colour, boolean dashed, long seed,
            String trainLoss, String trainAccuracy, String testLoss, String testAccuracy, String macroAuc,
            String secondsPerEpoch, String epochsTo97, String status, boolean diverged) {
    }

    record AgreementRow(String optimizer, int epochs, String maxTrainLossDifference, String maxTestAccuracyDifference,
            String firstEpochRelativeLossDifference, String finalTestAccuracyDifference) {
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
        List<RunGroup> groups = RunGroup.of(spec, runs);
        var charts = new Charts(groups);
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
                new Chart(SvgChart.render(charts.macroRoc(false), ids.next(), HALF, HEIGHT + 60)),
                new Chart(SvgChart.render(charts.macroRoc(true), ids.next(), HALF, HEIGHT + 60)),
                new Chart(SvgChart.render(charts.macroAucBars(), ids.next(), HALF, HEIGHT + 60)));

        var summary = new ArrayList<SummaryRow>();
        var details = new ArrayList<RunDetail>();
        for (RunResult run : runs) {
            summary.add(summaryRow(run, RunStyle.hex(groups.stream().filter(g -> g.runs().contains(run)).findFirst().orElseThrow().colour())));
            details.add(detail(run, ids));
        }
        var agreement = Agreement.of(runs).stream().map(ReportPage::agreementRow).toList();

        return new ReportPage("optlab report: " + spec.name(), setup(spec), summary, agreement, !agreement.isEmpty(),
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
                s.implementation() == optlab.spec.Implementation.TENSORFLOW, s.seed(),
                any ? f4(last.trainLoss()) : "–", any ? percent(last.trainAccuracy()) : "–",
                any ? f4(last.testLoss()) : "–", any ? percent(last.testAccuracy()) : "–",
                run.evaluation() == null ? "–" : f4(run.evaluation().macroAuc()),
                any ? String.format(Locale.ROOT, "%.2f", run.history().secondsPerEpoch()) : "–",
                to97 < 0 ? "not reached" : String.valueOf(to97), status, run.diverged());
    }

    private static AgreementRow agreementRow(Agreement a) {
        return new AgreementRow(a.optimizer(), a.epochs(), sci(a.maxTrainLossDifference()),
                String.format(Locale.ROOT, "%.2f pp", 100 * a.maxTestAccuracyDifference()),
                sci(a.firstEpochRelativeLossDifference()),
                String.format(Locale.ROOT, "%+.2f pp", 100 * a.finalTestAccuracyDifference()));
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
                SvgChart.render(Charts.rocPerClass(run), ids.next(), 460, 340), classes, rows, lines, percent(report.accuracy()));
    }

    /** Shade by the share of the actual class's samples: the diagonal reads as recall. */
    private static Cell heatCell(int count, int rowTotal) {
        double share = rowTotal == 0 ? 0 : (double) count / rowTotal;
        double alpha = count == 0 ? 0 : 0.08 + 0.92 * Math.sqrt(share);
        String text = alpha > 0.55 ? "#fff" : "#222";
        return new Cell(String.valueOf(count), String.format(Locale.ROOT, "background:rgba(0,114,178,%.3f);color:%s", alpha, text));
    }

    private static ReportLine line(ClassMetrics c, boolean average) {
        return new ReportLine(c.label(), f4(c.precision()), f4(c.recall()), f4(c.f1()), String.valueOf(c.support()), average);
    }

    private static String f4(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    private static String sci(double v) {
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.2e", v);
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
