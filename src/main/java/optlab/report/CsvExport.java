package optlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import optlab.metrics.ClassMetrics;
import optlab.metrics.ClassificationReport;
import optlab.metrics.Evaluation;
import optlab.metrics.RocCurve;
import optlab.report.landscape.LandscapeCsv;
import optlab.results.RunResult;
import optlab.run.LearningRateChoice;
import optlab.spec.ExperimentSpec;
import optlab.spec.OptimizerSpec;
import optlab.spec.Reference;
import optlab.spec.RunSpec;
import optlab.spec.Variant;
import optlab.stats.Interval;
import optlab.stats.SeedSummary;
import optlab.train.EpochStats;
import optlab.train.IterationStats;
import optlab.train.TimeToTarget;

/**
 * The report's numbers as CSV, beside {@code index.html}: {@code summary.csv}, {@code history.csv},
 * {@code iterations.csv}, {@code published.csv} (with a reference file: the published figures drawn), and per run
 * {@code runs/<id>/confusion.csv}, {@code roc.csv} and {@code classification_report.csv}. Values are written at full
 * double precision; the landscape views add {@code landscape-trajectory.csv}, {@code landscape-grid.csv} and
 * {@code landscape-line.csv} ({@link LandscapeCsv}).
 */
final class CsvExport {

    static final List<String> SUMMARY_COLUMNS = List.of("optimizer", "implementation", "seed", "epochs",
            "train_loss", "train_accuracy", "test_loss", "test_accuracy", "macro_auc", "seconds_per_epoch",
            "epochs_to_target", "seconds_to_target", "status", "diverged_epoch", "diverged_step", "optimizer_name", "run_id",
            "variant", "stopped_epoch", "best_epoch", "runs_at_once");

    private CsvExport() {
    }

    static void writeAll(Path folder, ReportInput input) {
        List<RunResult> runs = input.runs();
        CsvFile.write(folder.resolve("summary.csv"), SUMMARY_COLUMNS, summaryRows(input.spec(), runs));
        CsvFile.write(folder.resolve("history.csv"), List.of("run_id", "optimizer", "implementation", "seed", "epoch",
                "train_loss", "train_accuracy", "test_loss", "test_accuracy", "validation_loss", "validation_accuracy",
                "learning_rate", "seconds"), historyRows(runs));
        CsvFile.write(folder.resolve("iterations.csv"), List.of("run_id", "optimizer", "implementation", "seed", "step", "epoch",
                "batch_loss", "test_loss"), iterationRows(runs));
        CsvFile.write(folder.resolve("study.csv"), List.of("rank", "configuration", "implementation", "metric", "seeds", "mean",
                "std", "ci95_low", "ci95_high", "verdict"), studyRows(input.spec(), runs));
        if (input.spec().reference() != null) {
            CsvFile.write(folder.resolve("published.csv"), List.of("optimizer", "published_as", "settings", "epoch", "train_accuracy", "train_loss"),
                    publishedRows(input.spec().reference()));
        }
        if (!input.tuning().isEmpty()) {
            CsvFile.write(folder.resolve("tuning.csv"), List.of("configuration", "learning_rate", "epochs", "validation_loss",
                    "validation_accuracy", "status", "chosen"), tuningRows(input.spec(), input.tuning()));
        }
        LandscapeCsv.writeAll(folder, input.landscapes());
        for (RunResult run : runs) {
            if (run.evaluation() != null) {
                writeRun(folder.resolve("runs").resolve(run.id()), run.evaluation());
            }
        }
    }

    private static List<List<Object>> summaryRows(ExperimentSpec spec, List<RunResult> runs) {
        var rows = new ArrayList<List<Object>>();
        for (RunResult run : runs) {
            RunSpec s = run.spec();
            boolean any = !run.history().epochs().isEmpty();
            EpochStats last = any ? run.history().last() : null;
            Optional<TimeToTarget> toTarget = run.history().timeToTestAccuracy(spec.targetAccuracy());
            rows.add(List.of(s.optimizer().label(), s.implementation().id(), s.seed(), run.history().epochs().size(),
                    any ? last.trainLoss() : "", any ? last.trainAccuracy() : "",
                    any ? last.testLoss() : "", any ? last.testAccuracy() : "",
                    run.evaluation() == null ? "" : run.evaluation().macroAuc(),
                    any ? run.history().secondsPerEpoch() : "",
                    toTarget.map(t -> (Object) t.epochs()).orElse(""), toTarget.map(t -> (Object) t.seconds()).orElse(""),
                    run.status().name().toLowerCase(java.util.Locale.ROOT),
                    run.diverged() ? run.divergence().epoch() : "", run.diverged() ? run.divergence().step() : "",
                    s.optimizer().name(), run.id(), spec.variantOf(s).label(),
                    run.history().stoppedEpoch() > 0 ? run.history().stoppedEpoch() : "",
                    run.history().bestEpoch() > 0 ? run.history().bestEpoch() : "", run.concurrency()));
        }
        return rows;
    }

    private static List<List<Object>> studyRows(ExperimentSpec spec, List<RunResult> runs) {
        var rows = new ArrayList<List<Object>>();
        for (StudyTable.Entry e : StudyTable.rank(spec, RunGroup.of(spec, runs))) {
            SeedSummary s = e.summary();
            Optional<Interval> ci = s == null ? Optional.empty() : s.confidence95();
            rows.add(List.of(e.rank(), e.group().configuration(), e.group().implementation().id(), spec.metric().id(),
                    // One seed has no spread: empty (NaN to pandas), not a 0 that reads as "no variation".
                    e.group().runs().size(), s == null ? "" : s.mean(), s == null || s.n() < 2 ? "" : s.standardDeviation(),
                    ci.map(i -> (Object) i.low()).orElse(""), ci.map(i -> (Object) i.high()).orElse(""), e.verdict()));
        }
        return rows;
    }

    private static List<List<Object>> publishedRows(Reference reference) {
        var rows = new ArrayList<List<Object>>();
        for (Reference.Curve curve : reference.curves()) {
            for (Reference.Point p : curve.epochs()) {
                rows.add(List.of(curve.optimizer().label(), curve.name(), curve.settings(), p.epoch(), p.trainAccuracy(), p.trainLoss()));
            }
        }
        return rows;
    }

    private static List<List<Object>> tuningRows(ExperimentSpec spec, List<RunResult> tuning) {
        var rows = new ArrayList<List<Object>>();
        for (Variant variant : spec.variants()) {
            for (OptimizerSpec optimizer : spec.optimizers()) {
                List<RunResult> grid = LearningRateChoice.grid(spec, tuning, variant, optimizer);
                double chosen = grid.isEmpty() ? Double.NaN : LearningRateChoice.best(grid);
                for (RunResult run : grid) {
                    boolean any = !run.history().epochs().isEmpty();
                    EpochStats last = any ? run.history().last() : null;
                    double lr = run.spec().optimizer().learningRate();
                    rows.add(List.of(spec.configuration(run.spec()), lr, run.history().epochs().size(),
                            any && last.validationLoss() != null ? last.validationLoss() : "",
                            any && last.validationAccuracy() != null ? last.validationAccuracy() : "",
                            run.status().name().toLowerCase(java.util.Locale.ROOT), lr == chosen));
                }
            }
        }
        return rows;
    }

    private static List<List<Object>> historyRows(List<RunResult> runs) {
        var rows = new ArrayList<List<Object>>();
        for (RunResult run : runs) {
            RunSpec s = run.spec();
            for (EpochStats e : run.history().epochs()) {
                rows.add(List.of(run.id(), s.optimizer().label(), s.implementation().id(), s.seed(), e.epoch(),
                        e.trainLoss(), e.trainAccuracy(), e.testLoss(), e.testAccuracy(),
                        e.validationLoss() == null ? "" : e.validationLoss(),
                        e.validationAccuracy() == null ? "" : e.validationAccuracy(),
                        e.learningRate(), e.seconds()));
            }
        }
        return rows;
    }

    private static List<List<Object>> iterationRows(List<RunResult> runs) {
        var rows = new ArrayList<List<Object>>();
        for (RunResult run : runs) {
            RunSpec s = run.spec();
            for (IterationStats i : run.history().iterations()) {
                rows.add(List.of(run.id(), s.optimizer().label(), s.implementation().id(), s.seed(), i.step(), i.epoch(),
                        i.trainLoss(), i.testLoss()));
            }
        }
        return rows;
    }

    private static void writeRun(Path folder, Evaluation evaluation) {
        int[][] counts = evaluation.confusion().counts();
        var header = new ArrayList<String>();
        header.add("actual");
        for (int k = 0; k < counts.length; k++) {
            header.add("predicted_" + k);
        }
        var confusion = new ArrayList<List<Object>>();
        for (int actual = 0; actual < counts.length; actual++) {
            var row = new ArrayList<Object>();
            row.add(actual);
            for (int count : counts[actual]) {
                row.add(count);
            }
            confusion.add(row);
        }
        CsvFile.write(folder.resolve("confusion.csv"), header, confusion);

        var roc = new ArrayList<List<Object>>();
        for (int k = 0; k < evaluation.rocPerClass().size(); k++) {
            addCurve(roc, String.valueOf(k), evaluation.rocPerClass().get(k));
        }
        addCurve(roc, "macro", evaluation.macroRoc());
        CsvFile.write(folder.resolve("roc.csv"), List.of("curve", "auc", "false_positive_rate", "true_positive_rate"), roc);

        ClassificationReport report = evaluation.report();
        var lines = new ArrayList<List<Object>>();
        for (ClassMetrics c : report.classes()) {
            lines.add(metricsRow(c));
        }
        lines.add(List.of("accuracy", "", "", report.accuracy(), report.macroAverage().support()));
        lines.add(metricsRow(report.macroAverage()));
        lines.add(metricsRow(report.weightedAverage()));
        CsvFile.write(folder.resolve("classification_report.csv"), List.of("label", "precision", "recall", "f1", "support"), lines);
    }

    private static List<Object> metricsRow(ClassMetrics c) {
        return List.of(c.label(), c.precision(), c.recall(), c.f1(), c.support());
    }

    private static void addCurve(List<List<Object>> rows, String name, RocCurve curve) {
        if (curve == null) {
            return;
        }
        for (int i = 0; i < curve.falsePositiveRate().length; i++) {
            rows.add(List.of(name, curve.auc(), curve.falsePositiveRate()[i], curve.truePositiveRate()[i]));
        }
    }
}
