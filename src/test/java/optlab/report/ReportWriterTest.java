package optlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import optlab.results.RunResult;
import optlab.spec.Implementation;
import optlab.spec.ExperimentSpec;
import optlab.spec.StudyMetric;
import optlab.spec.Reference;
import optlab.testing.SyntheticRuns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's files from hand-made results: every section, every CSV, nothing fetched, the same bytes twice. */
class ReportWriterTest {

    @TempDir
    Path temp;

    private static final String SGD = "sgd(lr=0.01)";
    private static final String MOMENTUM = "momentum(lr=0.01, momentum=0.9)";

    private static ReportInput input() {
        RunResult sgdScratch = SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.SCRATCH),
                new double[] {0.5, 0.3, 0.2}, new double[] {0.90, 0.965, 0.975});
        RunResult sgdTf = SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.TENSORFLOW),
                new double[] {0.5, 0.3, 0.2}, new double[] {0.90, 0.96, 0.969});
        RunResult momentumScratch = SyntheticRuns.diverged(SyntheticRuns.run(MOMENTUM, Implementation.SCRATCH));
        return new ReportInput(SyntheticRuns.experiment(SGD + "," + MOMENTUM), List.of(sgdScratch, sgdTf, momentumScratch), List.of(),
                List.of(SyntheticRuns.verdict(SGD, -1)), SyntheticRuns.provenance());
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    @Test
    void summaryCsvHoldsOneRowPerRunWithTheDocumentedColumns() throws IOException {
        ReportWriter.write(temp, input());

        String header = Files.readAllLines(temp.resolve("summary.csv")).get(0);
        assertEquals(String.join(",", CsvExport.SUMMARY_COLUMNS), header);
        assertTrue(header.startsWith("optimizer,implementation,seed,epochs,train_loss,train_accuracy,test_loss,test_accuracy,macro_auc,seconds_per_epoch"));
        List<CSVRecord> rows = csv(temp.resolve("summary.csv"));
        assertEquals(3, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals(SGD, first.get("optimizer"));
        assertEquals("scratch", first.get("implementation"));
        assertEquals("3", first.get("epochs"));
        assertEquals(0.2, Double.parseDouble(first.get("train_loss")));
        assertEquals(0.975, Double.parseDouble(first.get("test_accuracy")));
        assertEquals(0.5, Double.parseDouble(first.get("seconds_per_epoch")), 1e-12, "mean of 0.25, 0.5, 0.75");
        assertEquals("3", first.get("epochs_to_target"));
        assertEquals("", rows.get(1).get("epochs_to_target"), "97% not reached");
        CSVRecord diverged = rows.get(2);
        assertEquals("diverged", diverged.get("status"));
        assertEquals("2", diverged.get("diverged_epoch"));
        assertEquals("5", diverged.get("diverged_step"));
        assertEquals("", diverged.get("macro_auc"));
    }

    @Test
    void historyIterationsAndPerRunFilesAreWritten() throws IOException {
        ReportInput input = input();
        ReportWriter.write(temp, input);

        assertEquals(3 + 3 + 1, csv(temp.resolve("history.csv")).size(), "one row per run and completed epoch");
        assertEquals(3 + 3, csv(temp.resolve("iterations.csv")).size());

        Path run = temp.resolve("runs").resolve(input.runs().get(0).id());
        List<CSVRecord> confusion = csv(run.resolve("confusion.csv"));
        // SyntheticRuns: labels 0,0,1,1,2,2; the fourth sample (class 1) is predicted 0.
        assertEquals(List.of("0", "2", "0", "0"), confusion.get(0).toList());
        assertEquals(List.of("1", "1", "1", "0"), confusion.get(1).toList());
        assertEquals(List.of("2", "0", "0", "2"), confusion.get(2).toList());

        List<CSVRecord> report = csv(run.resolve("classification_report.csv"));
        CSVRecord zero = report.get(0);
        assertEquals(2.0 / 3, Double.parseDouble(zero.get("precision")), 1e-12);
        assertEquals(1.0, Double.parseDouble(zero.get("recall")), 1e-12);
        assertEquals(0.8, Double.parseDouble(zero.get("f1")), 1e-12);
        assertEquals("accuracy", report.get(3).get("label"));
        assertEquals(5.0 / 6, Double.parseDouble(report.get(3).get("f1")), 1e-12);

        List<CSVRecord> roc = csv(run.resolve("roc.csv"));
        assertTrue(roc.stream().anyMatch(r -> r.get("curve").equals("macro")));
        assertEquals(List.of("0", "1", "2", "macro"), roc.stream().map(r -> r.get("curve")).distinct().toList());
        assertFalse(Files.exists(temp.resolve("runs").resolve(input.runs().get(2).id()).resolve("confusion.csv")),
                "a diverged run has no final evaluation");
    }

    @Test
    void pageHasEverySectionAndChartAndNeedsNoNetwork() throws IOException {
        Path index = ReportWriter.write(temp, input());
        String html = Files.readString(index);

        for (String section : List.of("id=\"summary\"", "id=\"agreement\"", "id=\"formulas\"", "id=\"curves\"", "id=\"roc\"",
                "id=\"runs\"", "id=\"provenance\"")) {
            assertTrue(html.contains(section), section);
        }
        // 4 epoch charts, 2 iteration charts, 2 macro ROC charts, the AUC bars, one per-class ROC per completed run.
        assertEquals(4 + 2 + 3 + 2, count(html, "<svg id="));
        String body = html.substring(0, html.indexOf("<script>"));
        assertEquals(count(body, "<svg id="), count(body, "</svg>"), "every chart's SVG is whole (the inlined library's own \"</svg>\" aside)");
        assertTrue(html.contains("diverged at epoch 2, step 5 (loss NaN)"));
        assertTrue(html.contains("true \\ predicted"));
        assertTrue(html.contains("weighted avg"));
        assertTrue(html.contains("abc123"), "provenance");
        assertTrue(html.contains("momentum(lr=0.01, momentum=0.9)"));
        // Readable: every header cell has its scope, every chart a title a screen reader announces.
        assertEquals(count(body, "<th>") + count(body, "<th "), count(body, "<th scope="), "header scopes");
        assertEquals(count(body, "<svg id="), count(body, "role='img' aria-labelledby="), "chart titles");
        assertTrue(body.contains("<title id='chart1-title'>"), "the first chart is named");
        assertEquals(count(body, "<svg id="), count(body, "<desc id="), "and described");
        assertEquals(count(body, "<table"), count(body, "<caption"), "every table has a caption");
        // The interactive layer: Plotly and optlab's script, and the numbers of each XY chart (not the AUC bars) beside its SVG.
        assertEquals(2, count(html, "<script>"));
        assertEquals(4 + 2 + 2, count(html, "<script type=\"application/json\" class=\"chart-data\">"));
        assertEquals(count(html, "<figure class=\"chart\">"), count(html, "<figure class=\"chart\"><svg id="), "without scripts every chart is there");
        // The page's own markup links nothing outside; that the library loads nothing either, .ci/report-browser-check watches in Chromium.
        assertFalse(Pattern.compile("(src|href)=['\"]https?:").matcher(body).find(), "no external assets");
        assertFalse(html.contains("NaN</td>"), "missing numbers are shown as a dash");
    }

    @Test
    void publishedCurvesAreDrawnGreyAndTheirTextIsEscaped() throws IOException {
        ExperimentSpec base = SyntheticRuns.experiment(SGD);
        var reference = new Reference("ref<1>.csv", List.of(new Reference.Curve("<b>sgd</b>", "lr & <i>0.01</i>", base.optimizers().get(0),
                List.of(new Reference.Point(1, 0.6, 0.9), new Reference.Point(2, 0.7, 0.4), new Reference.Point(3, 0.8, 0.3)))));
        ExperimentSpec spec = new ExperimentSpec(base.name(), base.description(), base.dataset(), base.variants(), base.optimizers(),
                base.implementations(), base.seed(), base.repeats(), base.epochs(), base.batchSize(), base.logEvery(), base.preprocessing(),
                base.validationFraction(), base.threads(), null, base.targetAccuracy(), StudyMetric.TRAIN_ACCURACY, null, false, reference, null);
        RunResult run = SyntheticRuns.completed(spec.runs().get(0), new double[] {0.5, 0.3, 0.2}, new double[] {0.8, 0.9, 0.9});
        String html = Files.readString(ReportWriter.write(temp, new ReportInput(spec, List.of(run), List.of(), List.of(),
                SyntheticRuns.provenance())));

        assertEquals(2, count(html, "published · sgd(lr=0.01) (&lt;b&gt;sgd&lt;/b&gt;)"), "a legend entry on the training loss and accuracy charts");
        assertTrue(html.contains("rgb(140,140,140)") || html.contains("#8c8c8c"), "grey");
        assertTrue(html.contains("&lt;b&gt;sgd&lt;/b&gt; (lr &amp; &lt;i&gt;0.01&lt;/i&gt;)"), "the note names each curve, escaped");
        assertTrue(html.contains("ref&lt;1&gt;.csv"));
        assertFalse(html.contains("<b>sgd") || html.contains("<i>0.01"));
        assertTrue(html.contains("<th scope=\"col\">published</th>"));
        assertEquals(List.of("optimizer,published_as,settings,epoch,train_accuracy,train_loss",
                "sgd(lr=0.01),<b>sgd</b>,lr & <i>0.01</i>,1,0.6,0.9"), Files.readAllLines(temp.resolve("published.csv")).subList(0, 2));
        // The run's last epoch (3): train accuracy 0.5 + 0.1 * 3 = 0.8, as published.
        assertTrue(html.contains("<td>80.00%</td><td>+0.00 points</td><td>one seed: no interval</td>"), "published beside the measured");
    }

    @Test
    void anEarlyStopIsSaidInTheRunTableAndMarkedOnTheCurves() throws IOException {
        RunResult full = SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.SCRATCH), new double[] {0.5, 0.3, 0.4},
                new double[] {0.90, 0.95, 0.94});
        var stopped = new RunResult(full.spec(), full.status(),
                new optlab.train.History(full.history().epochs(), full.history().iterations(), 3, 2), full.evaluation(), null);
        Path withStop = ReportWriter.write(temp.resolve("stop"), new ReportInput(SyntheticRuns.experiment(SGD), List.of(stopped),
                List.of(), List.of(), SyntheticRuns.provenance()));
        Path without = ReportWriter.write(temp.resolve("full"), new ReportInput(SyntheticRuns.experiment(SGD), List.of(full),
                List.of(), List.of(), SyntheticRuns.provenance()));

        String html = Files.readString(withStop);
        assertTrue(html.contains("stopped at epoch 3 (best 2)"), "the run table's status");
        assertTrue(html.length() > Files.readString(without).length(), "a cross per epoch chart marks the stop");
        assertTrue(Files.readString(temp.resolve("stop/summary.csv")).lines().skip(1).findFirst().orElseThrow().endsWith(",3,2,1"),
                "stopped_epoch and best_epoch in summary.csv, then runs_at_once");
    }

    @Test
    void theSameResultsGiveTheSameBytes() throws IOException {
        Path a = ReportWriter.write(temp.resolve("a"), input());
        Path b = ReportWriter.write(temp.resolve("b"), input());

        assertEquals(Files.readString(a), Files.readString(b));
    }

    private static final String ADAM = "adam";
    private static final String TEXTBOOK = "momentum-textbook(momentum=0.6)";

    private static final String SCHEDULED_SGD = "sgd(lr=0.05) @ linear(end_lr=0.001, steps=100)";

    /** Adam on both trainers, validated; momentum-textbook on scratch only; scheduled sgd validated and out of tolerance. */
    private static String formulaPage(Path folder) throws IOException {
        String sgd = SCHEDULED_SGD;
        var runs = List.of(
                SyntheticRuns.completed(SyntheticRuns.run(ADAM, Implementation.SCRATCH), new double[] {0.5}, new double[] {0.9}),
                SyntheticRuns.completed(SyntheticRuns.run(ADAM, Implementation.TENSORFLOW), new double[] {0.5}, new double[] {0.9}),
                SyntheticRuns.completed(SyntheticRuns.run(TEXTBOOK, Implementation.SCRATCH), new double[] {0.6}, new double[] {0.8}),
                SyntheticRuns.completed(SyntheticRuns.run(sgd, Implementation.SCRATCH), new double[] {0.7}, new double[] {0.7}),
                SyntheticRuns.completed(SyntheticRuns.run(sgd, Implementation.TENSORFLOW), new double[] {0.7}, new double[] {0.7}));
        var input = new ReportInput(SyntheticRuns.experiment(ADAM + "," + TEXTBOOK + "," + sgd), runs, List.of(),
                List.of(SyntheticRuns.verdict(ADAM, -1), SyntheticRuns.verdict(sgd, 12)), SyntheticRuns.provenance());
        return Files.readString(ReportWriter.write(folder, input)).replace("&#x3D;", "=");
    }

    @Test
    void formulaSheetShowsEachRuleWithTheValuesItRanWith() throws IOException {
        String html = formulaPage(temp);

        String adam = card(html, "formula-adam-lr-0.001-beta1-0.9-beta2-0.999-epsilon-1.0E-8");
        assertTrue(adam.contains("w ← w − α m / (√v + ε)"), adam);
        assertTrue(adam.contains("<td class=\"value\">0.001</td><td class=\"value\">0.00100000005</td>"), "lr as float32");
        assertTrue(adam.contains("<td class=\"value\">0.9</td><td class=\"value\">0.899999976</td>"), "beta1 as float32");
        assertTrue(adam.contains("<td class=\"value\">0.999</td><td class=\"value\">0.999000013</td>"), "beta2 as float32");
        assertTrue(adam.contains("<td class=\"value\">1.0E-8</td><td class=\"value\">9.99999994E-9</td>"), "epsilon as float32");
        assertTrue(adam.contains("<code>constant</code>: η = lr at every update"));
        assertTrue(adam.contains("<code>AdamRule</code>"));
        assertTrue(adam.contains("SequencedAdam: ApplyAdam, beta-power counters ordered after the update"));
        assertTrue(adam.contains("adam-textbook"), "differs-from line names the textbook form");

        String textbook = card(html, "formula-momentum-textbook-lr-0.01-momentum-0.6");
        assertTrue(textbook.contains("v ← μ v − η g"), textbook);
        assertTrue(textbook.contains("<td class=\"value\">0.6</td><td class=\"value\">0.600000024</td>"), "momentum as float32");
        assertTrue(textbook.contains("<td class=\"value\">0.01</td><td class=\"value\">0.00999999978</td>"), "lr as float32");
        assertTrue(textbook.contains("<code>TextbookMomentumRule</code>"));
        assertTrue(textbook.contains("class=\"no-twin\">no TensorFlow twin (textbook form, scratch only)</dd>"), textbook);

        String sgd = card(html, "formula-sgd-lr-0.05-linear-end-lr-0.001-steps-100");
        assertTrue(sgd.contains("<code>linear(end_lr=0.001, steps=100)</code>: η = (1 − k/τ) lr + (k/τ) end_lr while k &lt; τ"), sgd);
    }

    @Test
    void anOptimizerWithoutATensorFlowTwinIsNamedWhereTheTwoAreCompared() throws IOException {
        String html = formulaPage(temp);

        String summary = section(html, "summary");
        int scratchRow = summary.indexOf(TEXTBOOK.replace("(", "(lr=0.01, "));
        int noTwinRow = summary.indexOf("<tr class=\"no-twin\">");
        assertTrue(scratchRow > 0 && noTwinRow > scratchRow, "the no-twin row follows the scratch run: " + summary);
        assertTrue(summary.substring(noTwinRow).contains("tensorflow</td>"));
        assertTrue(summary.contains(">no TensorFlow twin (textbook form, scratch only)</td>"));
        assertEquals(1 + 5 + 1, count(summary, "<tr"), "header, 5 runs and the missing twin");

        String comparison = section(html, "agreement");
        assertEquals(2 + 3, count(comparison, "<tr"), "two header rows, one row per optimizer");
        assertTrue(comparison.contains("momentum-textbook(lr=0.01, momentum=0.6)</a></td>"));
        assertTrue(comparison.contains("colspan=\"9\">no TensorFlow twin (textbook form, scratch only)</td>"));
    }

    @Test
    void verdictsShowInTheComparisonAndTheFormulaSheet() throws IOException {
        String html = formulaPage(temp);

        String comparison = section(html, "agreement");
        String adamRow = comparison.substring(comparison.indexOf("adam(lr=0.001"));
        assertTrue(adamRow.startsWith("adam(lr=0.001, beta1=0.9, beta2=0.999, epsilon=1e-08)</a></td>"));
        assertTrue(adamRow.contains("<td class=\"text verdict-pass\">pass</td><td>2.50e-15</td><td>3.50e-16</td>"), adamRow);
        String sgdRow = comparison.substring(comparison.indexOf(SCHEDULED_SGD));
        assertTrue(sgdRow.contains("<td class=\"text verdict-fail\">FAIL</td><td>4.25e-03</td><td>1.50e-02</td>"), sgdRow);
        assertTrue(sgdRow.substring(0, sgdRow.indexOf("</tr>")).contains("<td>12</td>"), "first update over tolerance");

        assertTrue(card(html, "formula-adam-lr-0.001-beta1-0.9-beta2-0.999-epsilon-1.0E-8").contains(
                "<span class=\"verdict-pass\">pass</span>: 200 lockstep updates against TensorFlow in float64, every one within rounding: "
                        + "max relative loss difference 2.50e-15 (tolerance 1.00e-10), max parameter difference 3.50e-16 (tolerance 1.0E-7 × lr = 1.00e-10, "
                        + "ramped over the first 20 updates)"));
        assertTrue(card(html, "formula-sgd-lr-0.05-linear-end-lr-0.001-steps-100").contains(
                "<span class=\"verdict-fail\">FAIL</span>: update 12 of 200 in float64 was the first outside the tolerance"));
    }

    @Test
    void anOptimizerWithATwinButNoStoredVerdictSaysSo() throws IOException {
        String html = Files.readString(ReportWriter.write(temp, new ReportInput(SyntheticRuns.experiment(SGD),
                List.of(SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.SCRATCH), new double[] {1}, new double[] {0.5})),
                List.of(), List.of(), SyntheticRuns.provenance())));

        assertTrue(section(html, "agreement").contains("<td class=\"text verdict-none\">not validated</td>"));
    }

    /** The formula card with this anchor. */
    private static String card(String html, String anchor) {
        int start = html.indexOf("<div class=\"formula\" id=\"" + anchor + "\">");
        assertTrue(start >= 0, "no card " + anchor);
        int end = html.indexOf("<div class=\"formula\"", start + 1);
        return html.substring(start, end < 0 ? html.indexOf("</section>", start) : end);
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
