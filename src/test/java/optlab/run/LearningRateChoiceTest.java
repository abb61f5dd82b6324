package optlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import optlab.metrics.Evaluation;
import optlab.report.ReportInput;
import optlab.report.ReportWriter;
import optlab.results.RunResult;
import optlab.results.RunStatus;
import optlab.spec.Activation;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.spec.Preprocessing;
import optlab.spec.RunSpec;
import optlab.spec.StudyMetric;
import optlab.spec.TuneSpec;
import optlab.spec.Variant;
import optlab.testing.SyntheticRuns;
import optlab.train.EpochStats;
import optlab.train.History;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning-rate search picks by validation loss only, and the report draws it. */
class LearningRateChoiceTest {

    @TempDir
    Path temp;

    private static final ExperimentSpec STUDY = new ExperimentSpec("tuned", "", "mnist",
            List.of(Variant.only(ModelSpec.mlp(4, List.of(3), 3, Activation.RELU, Loss.CROSS_ENTROPY, 0))),
            OptimizerCatalog.parseList("sgd, adam"), List.of(Implementation.SCRATCH, Implementation.TENSORFLOW),
            7, 2, 1, 2, 2, Preprocessing.SCALE, 0.2, 1, null, 0.97, StudyMetric.TEST_ACCURACY,
            new TuneSpec(List.of(0.001, 0.01, 0.1), 1, Implementation.SCRATCH));

    /** A finished tuning run with the given final validation loss, and a test accuracy that would pick otherwise. */
    private static RunResult tuned(RunSpec spec, double validationLoss, double testAccuracy) {
        var epoch = new EpochStats(1, 1.0, 0.5, 1.0, testAccuracy, validationLoss, 1 - validationLoss / 4, spec.optimizer().learningRate(), 1);
        return new RunResult(spec, RunStatus.COMPLETED, new History(List.of(epoch), List.of(), 0, 0),
                Evaluation.of(SyntheticRuns.PROBABILITIES, SyntheticRuns.LABELS), null);
    }

    /** sgd: 0.01 has the lowest validation loss, 0.1 the best test accuracy; adam: 0.1 diverged, 0.001 wins. */
    private static List<RunResult> search() {
        List<RunSpec> grid = STUDY.tuningRuns();
        double[] validationLoss = {0.9, 0.3, 0.5, 0.2, 0.4, Double.NaN};
        var results = new ArrayList<RunResult>();
        for (int i = 0; i < grid.size(); i++) {
            results.add(i == 5 ? SyntheticRuns.diverged(grid.get(i)) : tuned(grid.get(i), validationLoss[i], i == 2 ? 0.99 : 0.5));
        }
        return results;
    }

    @Test
    void theLowestFinalValidationLossWinsNeverTheTestSetNorADivergedRun() {
        List<RunResult> search = search();
        var chosen = LearningRateChoice.from(STUDY, search);
        Variant variant = STUDY.variants().get(0);

        assertEquals(0.01, chosen.apply(variant, STUDY.optimizers().get(0)).learningRate());
        assertEquals(0.001, chosen.apply(variant, STUDY.optimizers().get(1)).learningRate());
        assertEquals(List.of(0.01, 0.01, 0.01, 0.01, 0.001, 0.001, 0.001, 0.001),
                STUDY.runs(chosen).stream().map(r -> r.optimizer().learningRate()).toList(), "2 seeds x 2 implementations each");
    }

    @Test
    void whenEveryRateDivergedTheSmallestIsKept() {
        List<RunResult> allDiverged = STUDY.tuningRuns().stream().map(SyntheticRuns::diverged).toList();
        OptimizerSpec sgd = STUDY.optimizers().get(0);

        assertEquals(0.001, LearningRateChoice.best(LearningRateChoice.grid(STUDY, allDiverged, STUDY.variants().get(0), sgd)));
    }

    @Test
    void theReportDrawsTheSearchAndMarksTheWinnerInTuningCsv() throws Exception {
        List<RunResult> search = search();
        List<RunResult> runs = STUDY.runs(LearningRateChoice.from(STUDY, search)).stream()
                .map(r -> SyntheticRuns.completed(r, new double[] {1}, new double[] {0.5})).toList();

        String html = Files.readString(ReportWriter.write(temp, new ReportInput(STUDY, runs, search, List.of(), SyntheticRuns.provenance())));

        assertEquals(true, html.contains("Learning-rate sensitivity: validation accuracy after 1 epoch"), "the sensitivity chart");
        assertEquals(true, html.contains("sgd (chose 0.01)") && html.contains("adam (chose 0.001)"), "the chosen rates in its legend");
        List<String> csv = Files.readAllLines(temp.resolve("tuning.csv"));
        assertEquals("configuration,learning_rate,epochs,validation_loss,validation_accuracy,status,chosen", csv.get(0));
        assertEquals(List.of("0.001,false", "0.01,true", "0.1,false"), csv.subList(1, 4).stream()
                .map(l -> l.split(",")[1] + "," + l.substring(l.lastIndexOf(',') + 1)).toList());
    }
}
