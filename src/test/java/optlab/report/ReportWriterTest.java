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
        return new ReportInput(SyntheticRuns.experiment(SGD + "," + MOMENTUM), List.of(sgdScratch, sgdTf, momentumScratch),
                SyntheticRuns.provenance());
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

        for (String section : List.of("id=\"summary\"", "id=\"agreement\"", "id=\"curves\"", "id=\"roc\"", "id=\"runs\"", "id=\"provenance\"")) {
            assertTrue(html.contains(section), section);
        }
        // 4 epoch charts, 2 iteration charts, 2 macro ROC charts, the AUC bars, one per-class ROC per completed run.
        assertEquals(4 + 2 + 3 + 2, count(html, "<svg id="));
        assertEquals(count(html, "<svg id="), count(html, "</svg>"));
        assertTrue(html.contains("diverged at epoch 2, step 5 (loss NaN)"));
        assertTrue(html.contains("true \\ predicted"));
        assertTrue(html.contains("weighted avg"));
        assertTrue(html.contains("abc123"), "provenance");
        assertTrue(html.contains("momentum(lr=0.01, momentum=0.9)"));
        assertFalse(html.contains("<script"));
        assertFalse(Pattern.compile("(src|href)=['\"]https?:").matcher(html).find(), "no external assets");
        assertFalse(html.contains("NaN</td>"), "missing numbers are shown as a dash");
    }

    @Test
    void theSameResultsGiveTheSameBytes() throws IOException {
        Path a = ReportWriter.write(temp.resolve("a"), input());
        Path b = ReportWriter.write(temp.resolve("b"), input());

        assertEquals(Files.readString(a), Files.readString(b));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
