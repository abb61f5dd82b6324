package optlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import optlab.results.RunResult;
import optlab.spec.Implementation;
import optlab.testing.SyntheticRuns;
import org.junit.jupiter.api.Test;

/** The agreement figures on hand-computed cases. */
class AgreementTest {

    private static final String SGD = "sgd(lr=0.01)";

    @Test
    void largestDifferencesOverTheEpochsBothCompleted() {
        RunResult scratch = SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.SCRATCH),
                new double[] {0.50, 0.30, 0.20}, new double[] {0.90, 0.93, 0.95});
        RunResult tf = SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.TENSORFLOW),
                new double[] {0.40, 0.32, 0.21}, new double[] {0.91, 0.90, 0.96});

        List<Agreement> agreements = Agreement.of(SyntheticRuns.experiment(SGD + ",adam"), List.of(scratch, tf));

        assertEquals(1, agreements.size());
        Agreement a = agreements.get(0);
        assertEquals(SGD, a.configuration());
        assertEquals(3, a.epochs());
        assertEquals(0.10, a.maxTrainLossDifference(), 1e-12);
        assertEquals(0.03, a.maxTestAccuracyDifference(), 1e-12);
        assertEquals(0.25, a.firstEpochRelativeLossDifference(), 1e-12, "|0.5 - 0.4| / 0.4");
        assertEquals(-0.01, a.finalTestAccuracyDifference(), 1e-12);
    }

    @Test
    void aDivergedPartnerIsComparedOverItsCompletedEpochsOnly() {
        RunResult scratch = SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.SCRATCH),
                new double[] {2.0, 0.3, 0.2}, new double[] {0.2, 0.93, 0.95});
        RunResult tf = SyntheticRuns.diverged(SyntheticRuns.run(SGD, Implementation.TENSORFLOW));

        Agreement a = Agreement.of(SyntheticRuns.experiment(SGD + ",adam"), List.of(scratch, tf)).get(0);

        assertEquals(1, a.epochs());
        assertEquals(0.5, a.maxTrainLossDifference(), 1e-12, "|2.0 - 2.5|");
    }

    @Test
    void aRunWithoutAPartnerHasNoAgreement() {
        RunResult scratch = SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.SCRATCH), new double[] {1}, new double[] {0.5});
        RunResult otherOptimizer = SyntheticRuns.completed(SyntheticRuns.run("adam", Implementation.TENSORFLOW), new double[] {1}, new double[] {0.5});

        assertEquals(List.of(), Agreement.of(SyntheticRuns.experiment(SGD + ",adam"), List.of(scratch, otherOptimizer)));
    }
}
