package optlab.report;

import optlab.report.interactive.ChartJson;
import optlab.report.interactive.PlotlyBundle;
import optlab.report.landscape.LandscapeSection;
import org.jfree.chart.JFreeChart;

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
import optlab.spec.Reference;
import optlab.spec.RunSpec;
import optlab.train.EpochStats;
import optlab.train.IterationStats;

/** What the HTML template shows, already formatted: the template only lays it out. */
record ReportPage(
        String title,
        String description,
        String setup,
        String studyMetric,
        String target,
        List<StudyTable.Row> study,
        String studyNote,
        boolean hasPublished,
        String publishedNote,
        List<Chart> sensitivity,
        boolean tuned,
        List<SummaryRow> summary,
        RunExplorer explorer,
        List<ComparisonRow> comparison,
        String notation,
        List<FormulaSheet.Card> formulas,
        List<Chart> epochCharts,
        List<Chart> iterationCharts,
        List<Chart> rocCharts,
        List<RunDetail> runs,
        boolean firstSeedOnly,
        List<Entry> provenance,
        String specJson,
        LandscapeSection landscape,
        String plotly,
        String interactive,
        String speedNote) {

    /** @param noTwin a row in the place of a TensorFlow run that an optimizer without a TensorFlow twin cannot have */
    record SummaryRow(String configuration, String implementation, String colour, boolean dashed, long seed,
            String trainLoss, String trainAccuracy, String testLoss, String testAccuracy, String macroAuc,
            String secondsPerEpoch, String timeToTarget, String status, boolean diverged, boolean noTwin) {
    }

    /** Scratch vs TensorFlow for one configuration: its training runs' agreement and its lockstep verdict. */
    record ComparisonRow(String configuration, String anchor, boolean twin, String noTwin, String epochs,
            String maxTrainLossDifference, String maxTestAccuracyDifference, String firstEpochRelativeLossDifference,
            String finalTestAccuracyDifference, VerdictView verdict) {
    }

    /** @param data the chart's numbers for the interactive layer, or null where it has none (a bar chart) */
    record Chart(String svg, String data) {
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

    private static final String HISTORY = "history.csv";
    private static final String ITERATIONS = "iterations.csv";
    private static final String SUMMARY = "summary.csv";
    private static final int HALF = 560;
    private static final int HEIGHT = 400;
    private static final int LEGEND_LINE = 22;

    static ReportPage of(ReportInput input) {
        ExperimentSpec spec = input.spec();
        List<RunResult> runs = input.runs();
        List<RunGroup> groups = RunGroup.of(spec, runs);
        var charts = new Charts(groups, spec.reference());
        var ids = new ChartIds();
        // Room for the legend: one line per configuration beyond the first few.
        int height = HEIGHT + LEGEND_LINE * Math.max(0, (int) groups.stream().map(RunGroup::configuration).distinct().count() - 4);

        Map<String, double[]> clock = clock(groups);
        var epochCharts = new ArrayList<Chart>();
        boolean validated = runs.stream().allMatch(r -> r.history().epochs().stream().allMatch(e -> e.validationAccuracy() != null));
        if ((spec.validateOnTest() || spec.validationFraction() > 0) && validated) {
            String title = spec.validateOnTest() ? "Validation accuracy (the test set, as the notebook validates)" : "Validation accuracy (after the epoch)";
            epochCharts.add(chart(charts.perEpoch(title, "accuracy", EpochStats::validationAccuracy), ids, HALF, height, HISTORY, false, clock));
        }
        epochCharts.addAll(List.of(
                chart(charts.perEpoch("Training loss (mean over the epoch's batches)", "loss", EpochStats::trainLoss,
                        Reference.Point::trainLoss), ids, HALF, height, HISTORY, false, clock),
                chart(charts.perEpoch("Test loss (after the epoch)", "loss", EpochStats::testLoss), ids, HALF, height, HISTORY, false, clock),
                chart(charts.perEpoch("Training accuracy (mean over the epoch's batches)", "accuracy", EpochStats::trainAccuracy,
                        Reference.Point::trainAccuracy), ids, HALF, height, HISTORY, false, clock),
                chart(charts.perEpoch("Test accuracy (after the epoch)", "accuracy", EpochStats::testAccuracy), ids, HALF, height, HISTORY, false, clock)));
        var iterationCharts = List.of(
                chart(charts.perIteration("Batch training loss every " + spec.logEvery() + " steps", IterationStats::trainLoss), ids, HALF, height,
                        ITERATIONS, true),
                chart(charts.perIteration("Full test loss every " + spec.logEvery() + " steps", IterationStats::testLoss), ids, HALF, height,
                        ITERATIONS, true));
        var rocCharts = charts.representatives().isEmpty() ? List.<Chart>of() : List.of(
                chart(charts.macroRoc(false), ids, HALF, height + 60, SUMMARY, false),
                chart(charts.macroRoc(true), ids, HALF, height + 60, SUMMARY, false),
                chart(charts.macroAucBars(), ids, HALF, HEIGHT + 60, SUMMARY, false));
        var sensitivity = input.tuning().isEmpty() ? List.<Chart>of()
                : List.of(chart(SensitivityChart.of(spec, input.tuning()), ids, HALF, HEIGHT + 60, "tuning.csv", false));

        List<SummaryRow> summary = NoTwin.rows(spec, groups, run -> summaryRow(spec, run, RunStyle.hex(RunGroup.holding(groups, run).colour())),
                group -> noTwinRow(group));
        var details = detailedRuns(spec, groups).stream().map(run -> detail(spec, run, ids)).toList();
        var verdicts = new Verdicts(spec, input.validations());
        var colours = new java.util.LinkedHashMap<String, java.awt.Color>();
        groups.forEach(g -> colours.putIfAbsent(g.configuration(), RunStyle.colour(g.colour())));
        LandscapeSection landscape = LandscapeSection.of(input.landscapes(), colours);

        return new ReportPage("optlab report: " + spec.name(), spec.description(), setup(spec),
                spec.metric().id().replace('_', ' '), Format.percent(spec.targetAccuracy()).replace(".00%", "%"), StudyTable.rows(spec, groups), studyNote(spec),
                groups.stream().anyMatch(g -> StudyTable.publishedValue(spec, g).isPresent()), publishedNote(spec), sensitivity, !sensitivity.isEmpty(),
                summary, RunExplorer.of(spec, runs), comparison(spec, groups, verdicts), FormulaSheet.notation(), FormulaSheet.of(spec.optimizers(), verdicts::ofOptimizer),
                epochCharts, iterationCharts, rocCharts, details, spec.repeats() > 1,
                input.provenance().entries().entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList(),
                json(spec), landscape, landscape == null ? PlotlyBundle.library() : PlotlyBundle.gl3d(), PlotlyBundle.script(),
                Contention.note(runs));
    }

    /** A chart as the page carries it: its SVG, and its numbers for the interactive layer where it has one. */
    private static Chart chart(JFreeChart chart, ChartIds ids, int width, int height, String csv, boolean smoothable) {
        return chart(chart, ids, width, height, csv, smoothable, Map.of());
    }

    private static Chart chart(JFreeChart chart, ChartIds ids, int width, int height, String csv, boolean smoothable,
            Map<String, double[]> clock) {
        return new Chart(SvgChart.render(chart, ids.next(), width, height), ChartJson.of(chart, smoothable, csv, clock).orElse(null));
    }

    /** Per group, its training seconds at the end of each epoch (mean over its seeds): the x of the wall-clock view. */
    private static Map<String, double[]> clock(List<RunGroup> groups) {
        var clock = new java.util.LinkedHashMap<String, double[]>();
        for (RunGroup group : groups) {
            int epochs = group.runs().stream().mapToInt(r -> r.history().epochs().size()).max().orElse(0);
            double[] seconds = new double[epochs];
            double total = 0;
            for (int e = 0; e < epochs; e++) {
                int epoch = e;
                total += group.runs().stream().filter(r -> r.history().epochs().size() > epoch)
                        .mapToDouble(r -> r.history().epochs().get(epoch).seconds()).average().orElse(0);
                seconds[e] = total;
            }
            clock.put(group.label(), seconds);
        }
        return clock;
    }

    private static String setup(ExperimentSpec s) {
        String family = s.model().network() == null ? String.join("-", s.model().layers().stream().map(String::valueOf).toList())
                : "layer-stack";
        String models = s.variants().size() == 1 ? s.model().label()
                : family + " networks, " + s.variants().size() + " models (" + String.join("; ", s.variants().stream().map(v -> v.label()).toList()) + ")";
        return String.format(Locale.ROOT, "%s on %s, %s init, %s, %s, %s inputs%s%s, TensorFlow threads %d",
                models, s.dataset().toUpperCase(Locale.ROOT), s.model().init().id(), s.trainingLabel(),
                s.repeats() == 1 ? "seed " + s.seed() : s.repeats() + " seeds from " + s.seed(),
                s.preprocessing().id(), s.validationFraction() > 0 ? ", validation " + s.validationFraction()
                        : s.validateOnTest() ? ", the test set as the validation data (as the course's notebook does: validation figures are test figures)" : "",
                s.earlyStopping() == null ? "" : ", early stopping on " + s.earlyStopping().monitor() + " (patience " + s.earlyStopping().patience() + ")",
                s.threads());
    }

    private static String studyNote(ExperimentSpec s) {
        String tuned = s.tune() == null ? ""
                : " Learning rates were chosen per configuration by the lowest validation loss after " + s.tune().epochs()
                        + " epochs on " + s.tune().implementation().id() + " (seed " + s.seed() + "; the test set took no part).";
        return "Ranked by the final " + s.metric().id().replace('_', ' ') + " on " + s.implementations().get(0).id()
                + ", mean ± standard deviation over " + (s.repeats() == 1 ? "one seed" : s.repeats() + " seeds")
                + "; the interval is the 95% confidence interval of the mean (Student's t). A configuration is called significantly "
                + "behind the best only when the two intervals do not overlap, a conservative test." + tuned;
    }

    /** Where the published figures come from, each curve with its settings as the file gives them; null without a reference. */
    private static String publishedNote(ExperimentSpec s) {
        if (s.reference() == null) {
            return null;
        }
        return "Published figures from " + s.reference().file() + ", drawn grey and dashed on the training charts"
                + (s.metric() == optlab.spec.StudyMetric.TRAIN_ACCURACY || s.metric() == optlab.spec.StudyMetric.TRAIN_LOSS
                        ? " and compared above at epoch " + s.epochs() + " (the difference is the measured mean minus the published value; "
                                + "inside: the published value lies in the measured 95% interval)" : "")
                + ": " + String.join("; ", s.reference().curves().stream()
                        .map(c -> c.name() + " (" + c.settings() + ") as " + c.optimizer().label()).toList()) + ".";
    }

    private static SummaryRow summaryRow(ExperimentSpec spec, RunResult run, String colour) {
        var s = run.spec();
        boolean any = !run.history().epochs().isEmpty();
        EpochStats last = any ? run.history().last() : null;
        String toTarget = run.history().timeToTestAccuracy(spec.targetAccuracy())
                .map(t -> String.format(Locale.ROOT, "%d (%.1f s)", t.epochs(), t.seconds())).orElse("not reached");
        String status = run.diverged()
                ? "diverged at epoch " + run.divergence().epoch() + ", step " + run.divergence().step() + " (loss " + run.divergence().loss() + ")"
                : run.history().stoppedEpoch() > 0
                        ? "stopped at epoch " + run.history().stoppedEpoch() + " (best " + run.history().bestEpoch() + ")"
                        : "completed";
        return new SummaryRow(spec.configuration(s), s.implementation().id(), colour,
                s.implementation() == Implementation.TENSORFLOW, s.seed(),
                any ? Format.f4(last.trainLoss()) : Format.MISSING, any ? Format.percent(last.trainAccuracy()) : Format.MISSING,
                run.evaluation() == null ? Format.MISSING : Format.f4(run.evaluation().loss()),
                run.evaluation() == null ? Format.MISSING : Format.percent(run.evaluation().accuracy()),
                run.evaluation() == null ? Format.MISSING : Format.f4(run.evaluation().macroAuc()),
                any ? String.format(Locale.ROOT, "%.2f", run.history().secondsPerEpoch()) + Contention.mark(List.of(run)) : Format.MISSING,
                toTarget, status, run.diverged(), false);
    }

    /** No swatch: no chart has a line for it. */
    private static SummaryRow noTwinRow(RunGroup scratch) {
        String m = Format.MISSING;
        return new SummaryRow(scratch.configuration(), Implementation.TENSORFLOW.id(), "", true, scratch.runs().get(0).spec().seed(),
                m, m, m, m, m, m, m, NoTwin.TEXT, false, true);
    }

    /** One row per configuration, so one without a TensorFlow twin is named, not left out. */
    private static List<ComparisonRow> comparison(ExperimentSpec spec, List<RunGroup> groups, Verdicts verdicts) {
        Map<String, Agreement> agreements = Agreement.of(spec, groups.stream().flatMap(g -> g.runs().stream()).toList()).stream()
                .collect(Collectors.toMap(Agreement::configuration, a -> a, (a, b) -> a));
        String m = Format.MISSING;
        var rows = new ArrayList<ComparisonRow>();
        for (RunGroup group : groups.stream().filter(g -> g.implementation() == Implementation.SCRATCH).toList()) {
            RunSpec run = group.runs().get(0).spec();
            OptimizerSpec o = run.optimizer();
            boolean twin = OptimizerCatalog.runsOnTensorFlow(o.name());
            String anchor = FormulaSheet.anchor(verdicts.given(o));
            VerdictView verdict = verdicts.of(run);
            Agreement a = agreements.get(group.configuration());
            rows.add(a == null
                    ? new ComparisonRow(group.configuration(), anchor, twin, NoTwin.TEXT, m, m, m, m, m, verdict)
                    : new ComparisonRow(group.configuration(), anchor, twin, NoTwin.TEXT, String.valueOf(a.epochs()),
                            Format.sci(a.maxTrainLossDifference()),
                            String.format(Locale.ROOT, "%.2f pp", 100 * a.maxTestAccuracyDifference()),
                            Format.sci(a.firstEpochRelativeLossDifference()),
                            String.format(Locale.ROOT, "%+.2f pp", 100 * a.finalTestAccuracyDifference()), verdict));
        }
        return rows;
    }

    /** Every run, or with several seeds each configuration's first seed: the page stays readable, the CSV files keep every run. */
    private static List<RunResult> detailedRuns(ExperimentSpec spec, List<RunGroup> groups) {
        return groups.stream().flatMap(g -> g.runs().stream().filter(r -> r.spec().seed() == spec.seed())).toList();
    }

    private static RunDetail detail(ExperimentSpec spec, RunResult run, ChartIds ids) {
        String anchor = "run-" + run.id();
        if (run.evaluation() == null) {
            return new RunDetail(anchor, label(spec, run), true,
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
        return new RunDetail(anchor, label(spec, run), false, "",
                SvgChart.render(Charts.rocPerClass(run), ids.next(), 460, 340), classes, rows, lines, Format.percent(report.accuracy()));
    }

    /** "l2=0.01 · sgd(lr=0.01) · scratch, seed 42" */
    private static String label(ExperimentSpec spec, RunResult run) {
        return spec.configuration(run.spec()) + " · " + run.spec().implementation().id() + ", seed " + run.spec().seed();
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
            return optlab.results.LowerCaseEnums.mapper().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(spec);
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
