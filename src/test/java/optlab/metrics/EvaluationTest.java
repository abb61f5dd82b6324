package optlab.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final double EPS = 1e-12;

    // Dyadic probabilities, so the floats are exact.
    private static final float[][] PROBABILITIES = {
        {0.75f, 0.125f, 0.125f}, // label 0, predicted 0
        {0.125f, 0.5f, 0.375f},  // label 2, predicted 1
        {0.25f, 0.25f, 0.5f},    // label 2, predicted 2
        {0.5f, 0.5f, 0f},        // label 1, tie -> predicted 0
    };
    private static final int[] LABELS = {0, 2, 2, 1};

    @Test
    void lossAccuracyAndConfusionByHand() {
        Evaluation e = Evaluation.of(PROBABILITIES, LABELS);

        // -(ln 0.75 + ln 0.375 + ln 0.5 + ln 0.5) / 4 = ln(128/9) / 4
        assertEquals(Math.log(128.0 / 9) / 4, e.loss(), EPS);
        assertEquals(0.5, e.accuracy(), EPS);
        assertArrayEquals(new int[] {1, 0, 0}, e.confusion().counts()[0]);
        assertArrayEquals(new int[] {1, 0, 0}, e.confusion().counts()[1]);
        assertArrayEquals(new int[] {0, 1, 1}, e.confusion().counts()[2]);
        assertEquals(0.5, e.report().accuracy(), EPS);
        assertEquals(4, e.report().macroAverage().support());
    }

    @Test
    void rocPerClassAndMacroByHand() {
        Evaluation e = Evaluation.of(PROBABILITIES, LABELS);

        // class 0: its one sample scores highest -> 1; class 1: 0.5 ties one of three negatives -> 5/6;
        // class 2: both positives (0.375, 0.5) beat both negatives (0.125, 0) -> 1
        assertEquals(1.0, e.rocPerClass().get(0).auc(), EPS);
        assertEquals(5.0 / 6, e.rocPerClass().get(1).auc(), EPS);
        assertEquals(1.0, e.rocPerClass().get(2).auc(), EPS);
        assertEquals(17.0 / 18, e.macroAuc(), EPS);

        // curves: class 0 (0,0)(0,1)(1,1); class 1 (0,0)(1/3,1)(1,1); class 2 (0,0)(0,1/2)(0,1)(1,1).
        // At fpr 0 the highest TPRs are 1, 0, 1 -> 2/3; at 1/3 all are 1.
        assertArrayEquals(new double[] {0, 0, 1.0 / 3, 1}, e.macroRoc().falsePositiveRate(), EPS);
        assertArrayEquals(new double[] {0, 2.0 / 3, 1, 1}, e.macroRoc().truePositiveRate(), EPS);
        assertEquals((2.0 / 3 + 1) / 2 / 3 + 2.0 / 3, e.macroRoc().auc(), EPS);
    }

    @Test
    void zeroProbabilityOfTheLabelIsClampedTo1eMinus12() {
        float[][] p = {{1f, 0f}, {1f, 0f}};
        int[] labels = {1, 0};

        LossAccuracy batch = LossAccuracy.of(p, labels);
        double expected = -Math.log(1e-12) / 2;
        assertEquals(expected, batch.loss(), EPS);
        assertEquals(12 * Math.log(10) / 2, batch.loss(), 1e-9);
        assertEquals(1, batch.correct());
        assertEquals(0.5, batch.accuracy(), EPS);
        assertEquals(expected, Evaluation.of(p, labels).loss(), EPS);
    }

    @Test
    void nanProbabilityGivesNanLoss() {
        assertTrue(Double.isNaN(LossAccuracy.of(new float[][] {{Float.NaN, 0.5f}}, new int[] {0}).loss()));
    }

    @Test
    void classWithoutSamplesIsLeftOutOfTheRocAverages() {
        float[][] p = {{0.75f, 0.25f, 0f}, {0.25f, 0.75f, 0f}, {0.5f, 0.5f, 0f}};
        int[] labels = {0, 1, 0};

        Evaluation e = Evaluation.of(p, labels);

        assertNull(e.rocPerClass().get(2));
        assertEquals(3, e.rocPerClass().size());
        double auc0 = e.rocPerClass().get(0).auc();
        double auc1 = e.rocPerClass().get(1).auc();
        assertEquals(1.0, auc0, EPS);
        assertEquals(1.0, auc1, EPS);
        assertEquals((auc0 + auc1) / 2, e.macroAuc(), EPS);
        assertNotNull(e.macroRoc());
    }

    @Test
    void singleClassPresentLeavesNoRocAverage() {
        Evaluation e = Evaluation.of(new float[][] {{0.75f, 0.25f}, {0.5f, 0.5f}}, new int[] {0, 0});

        assertNull(e.rocPerClass().get(0));
        assertNull(e.rocPerClass().get(1));
        assertNull(e.macroRoc());
        assertTrue(Double.isNaN(e.macroAuc()));
        assertEquals(1.0, e.accuracy(), EPS);
    }

    @Test
    void macroAucIsTheMeanOfClassAucsAndMacroRocIsAMonotoneCurve() {
        int[] labels = randomLabels(2000, 10, new Random(4));
        Evaluation e = Evaluation.of(randomSoftmax(labels, 10, new Random(3)), labels);

        double mean = e.rocPerClass().stream().mapToDouble(RocCurve::auc).average().orElseThrow();
        assertEquals(mean, e.macroAuc(), EPS);
        RocCurveTest.assertRunsFromOriginToOneOne(e.macroRoc());
        assertEquals(RocCurveTest.trapezoid(e.macroRoc()), e.macroRoc().auc(), EPS);
        // the highest-TPR rule at vertical steps can only add area to the averaged curve
        assertTrue(e.macroRoc().auc() >= e.macroAuc() - EPS);
        assertTrue(e.macroAuc() > 0.6, "labels leak into the scores, so AUC is above chance: " + e.macroAuc());
    }

    @Test
    void rejectsBadShapes() {
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(new float[0][], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(new float[][] {{1f, 0f}}, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> Evaluation.of(new float[][] {{1f, 0f}, {1f}}, new int[] {0, 1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LossAccuracy.of(new float[][] {{1f, 0f}, {0f, 1f}}, new int[] {0, 2}));
        assertTrue(e.getMessage().contains("label 2 at index 1"), e.getMessage());
    }

    /** Rows of random softmax outputs where the label's logit gets a boost, with coarse values to force ties. */
    static float[][] randomSoftmax(int[] labels, int classes, Random random) {
        float[][] p = new float[labels.length][classes];
        for (int i = 0; i < labels.length; i++) {
            double sum = 0;
            double[] exp = new double[classes];
            for (int k = 0; k < classes; k++) {
                exp[k] = Math.exp(random.nextGaussian() + (k == labels[i] ? 1.5 : 0));
                sum += exp[k];
            }
            for (int k = 0; k < classes; k++) {
                p[i][k] = (float) (Math.round(exp[k] / sum * 200) / 200.0);
            }
        }
        return p;
    }

    static int[] randomLabels(int rows, int classes, Random random) {
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = random.nextInt(classes);
        }
        return labels;
    }
}
