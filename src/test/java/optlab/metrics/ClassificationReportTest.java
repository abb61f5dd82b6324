package optlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    private static final double EPS = 1e-12;

    /**
     * Confusion matrix (rows actual, columns predicted): [[2,1,0],[1,1,0],[1,2,0]]. Class 2 is
     * never predicted, so its precision is 0/0 -> 0.
     */
    private static final ClassificationReport REPORT = ClassificationReport.of(ConfusionMatrix.of(
            new int[] {0, 0, 0, 1, 1, 2, 2, 2},
            new int[] {0, 0, 1, 0, 1, 0, 1, 1}, 3));

    @Test
    void perClassValuesByHand() {
        List<ClassMetrics> c = REPORT.classes();
        assertEquals(3, c.size());
        // class 0: TP 2, predicted 4, support 3
        assertRow(c.get(0), "0", 2.0 / 4, 2.0 / 3, 4.0 / 7, 3);
        // class 1: TP 1, predicted 4, support 2
        assertRow(c.get(1), "1", 1.0 / 4, 1.0 / 2, 1.0 / 3, 2);
        // class 2: TP 0, predicted 0, support 3
        assertRow(c.get(2), "2", 0, 0, 0, 3);
        assertEquals(3.0 / 8, REPORT.accuracy(), EPS);
    }

    @Test
    void macroAndWeightedAveragesByHand() {
        assertRow(REPORT.macroAverage(), "macro avg", (0.5 + 0.25 + 0) / 3, (2.0 / 3 + 0.5 + 0) / 3,
                (4.0 / 7 + 1.0 / 3 + 0) / 3, 8);
        // weights = supports 3, 2, 3 over 8; weighted recall always equals accuracy
        assertRow(REPORT.weightedAverage(), "weighted avg", (3 * 0.5 + 2 * 0.25) / 8, 3.0 / 8,
                (3 * 4.0 / 7 + 2 * 1.0 / 3) / 8, 8);
    }

    @Test
    void classWithNoSamplesHasZeroRecall() {
        // class 1 is predicted once but never occurs: precision 0/1, recall 0/0 -> 0
        ClassificationReport r = ClassificationReport.of(ConfusionMatrix.of(new int[] {0, 0}, new int[] {0, 1}, 2));
        assertRow(r.classes().get(1), "1", 0, 0, 0, 0);
        assertRow(r.classes().get(0), "0", 1, 0.5, 2.0 / 3, 2);
        assertRow(r.macroAverage(), "macro avg", 0.5, 0.25, 1.0 / 3, 2);
    }

    private static void assertRow(ClassMetrics row, String label, double precision, double recall, double f1, int support) {
        assertEquals(label, row.label());
        assertEquals(precision, row.precision(), EPS, "precision of " + label);
        assertEquals(recall, row.recall(), EPS, "recall of " + label);
        assertEquals(f1, row.f1(), EPS, "f1 of " + label);
        assertEquals(support, row.support(), "support of " + label);
    }
}
