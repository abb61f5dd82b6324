package optlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import optlab.metrics.Evaluation;
import optlab.results.RunResult;
import optlab.results.RunStatus;
import optlab.spec.Activation;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.Preprocessing;
import optlab.spec.Reference;
import optlab.spec.RunSpec;
import optlab.spec.StudyMetric;
import optlab.spec.Variant;
import optlab.testing.SyntheticRuns;
import optlab.train.EpochStats;
import optlab.train.History;
import org.junit.jupiter.api.Test;

/** The ranked answer of a study, checked against statistics worked out by hand. */
class StudyTableTest {

    private static final ModelSpec MODEL = ModelSpec.mlp(4, List.of(3), 3, Activation.RELU, optlab.spec.Loss.CROSS_ENTROPY, 0);

    /** Two optimizers, three seeds, scratch only. */
    private static ExperimentSpec study() {
        return new ExperimentSpec("study", "", "mnist", List.of(Variant.only(MODEL)), OptimizerCatalog.parseList("sgd, adam"),
                List.of(Implementation.SCRATCH), 1, 3, 2, 8, 10, Preprocessing.SCALE, 0, 1, null, 0.8, StudyMetric.TEST_ACCURACY, null);
    }

    /** A run whose final test accuracy is {@code right}/6, reached in its last epoch (2). */
    private static RunResult run(RunSpec spec, int right) {
        var probabilities = new float[6][];
        for (int i = 0; i < 6; i++) {
            int label = SyntheticRuns.LABELS[i];
            int predicted = i < right ? label : (label + 1) % 3;
            probabilities[i] = new float[3];
            probabilities[i][predicted] = 0.8f;
            probabilities[i][(predicted + 1) % 3] = 0.1f;
            probabilities[i][(predicted + 2) % 3] = 0.1f;
        }
        var epochs = List.of(new EpochStats(1, 1.0, 0.5, 1.0, 0.5, null, null, 0.01, 1.5),
                new EpochStats(2, 0.5, 0.7, 0.6, right / 6.0, null, null, 0.01, 2.5));
        return new RunResult(spec, RunStatus.COMPLETED, new History(epochs, List.of(), 0, 0),
                Evaluation.of(probabilities, SyntheticRuns.LABELS), null);
    }

    private static List<RunResult> results(ExperimentSpec spec, int[] sgd, int[] adam) {
        var results = new ArrayList<RunResult>();
        List<RunSpec> runs = spec.runs();
        for (int i = 0; i < 3; i++) {
            results.add(run(runs.get(i), sgd[i]));
            results.add(run(runs.get(3 + i), adam[i]));
        }
        return results;
    }

    @Test
    void aPublishedFigureIsSetBesideTheMeasuredMeanWithItsDifferenceAndWhetherItLiesInTheInterval() {
        var sgd = OptimizerCatalog.parse("sgd");
        var adam = OptimizerCatalog.parse("adam");
        var reference = new Reference("ref.csv", List.of(
                new Reference.Curve("plain", "lr 0.01", sgd, List.of(new Reference.Point(1, 0.5, 1.0), new Reference.Point(2, 0.65, 0.8))),
                new Reference.Curve("adaptive", "defaults", adam, List.of(new Reference.Point(1, 0.5, 1.0), new Reference.Point(2, 0.7, 0.8)))));
        ExperimentSpec base = study();
        ExperimentSpec spec = new ExperimentSpec(base.name(), "", "mnist", base.variants(), base.optimizers(), base.implementations(), 1, 3, 2,
                8, 10, Preprocessing.SCALE, 0, 1, null, 0.8, StudyMetric.TRAIN_ACCURACY, null, false, reference, null);
        // Every run's last epoch has train accuracy 0.7: mean 70.00%, std 0, so the interval is the point 0.7.
        var rows = StudyTable.rows(spec, RunGroup.of(spec, results(spec, new int[] {4, 5, 6}, new int[] {6, 6, 6})));

        StudyTable.Row sgdRow = rows.stream().filter(r -> r.configuration().startsWith("sgd")).findFirst().orElseThrow();
        assertEquals("70.00% ± 0.00", sgdRow.mean());
        assertEquals(new StudyTable.Published("65.00%", "+5.00 points", "outside"), sgdRow.published());
        StudyTable.Row adamRow = rows.stream().filter(r -> r.configuration().startsWith("adam")).findFirst().orElseThrow();
        assertEquals(new StudyTable.Published("70.00%", "+0.00 points", "inside"), adamRow.published());
        assertEquals(null, StudyTable.rows(study(), RunGroup.of(study(), results(study(), new int[] {4, 5, 6}, new int[] {6, 6, 6})))
                .get(0).published(), "no reference, no column");
    }

    @Test
    void ranksByMeanWithStandardDeviationAndTheIntervalOfTheMean() {
        ExperimentSpec spec = study();
        var rows = StudyTable.rows(spec, RunGroup.of(spec, results(spec, new int[] {4, 5, 6}, new int[] {6, 6, 6})));

        assertEquals(2, rows.size());
        assertEquals("adam(lr=0.001, beta1=0.9, beta2=0.999, epsilon=1e-08)", rows.get(0).configuration());
        assertEquals("100.00% ± 0.00", rows.get(0).mean());
        assertEquals("best mean", rows.get(0).verdict());
        // sgd: 4/6, 5/6, 6/6 -> mean 5/6, std 1/6; t(0.975, 2) = 4.302653, half width 4.302653 * (1/6) / sqrt(3) = 0.41403
        assertEquals("83.33% ± 16.67", rows.get(1).mean());
        assertEquals("[41.93, 124.74]%", rows.get(1).interval());
        assertEquals("not distinguishable from the best", rows.get(1).verdict(), "adam's interval is a point inside sgd's");
        assertFalse(rows.get(1).behind());
    }

    @Test
    void aGapBeyondBothIntervalsIsSignificant() {
        ExperimentSpec spec = study();
        var rows = StudyTable.rows(spec, RunGroup.of(spec, results(spec, new int[] {2, 2, 3}, new int[] {5, 6, 6})));

        assertEquals("significantly behind the best", rows.get(1).verdict());
        assertTrue(rows.get(1).behind());
    }

    @Test
    void timeToTargetCountsTheSeedsThatReachedIt() {
        ExperimentSpec spec = study();
        var rows = StudyTable.rows(spec, RunGroup.of(spec, results(spec, new int[] {4, 5, 6}, new int[] {6, 6, 6})));

        assertEquals("2 epochs, 4.0 s (3/3 seeds)", rows.get(0).timeToTarget(), "target 0.8 reached in epoch 2 after 1.5 + 2.5 s");
        assertEquals("2 epochs, 4.0 s (2/3 seeds)", rows.get(1).timeToTarget(), "4/6 stays below 0.8");
    }
}
