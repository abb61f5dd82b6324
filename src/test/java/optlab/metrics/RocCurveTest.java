package optlab.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RocCurveTest {

    private static final double EPS = 1e-12;

    @Test
    void scikitLearnDocumentationExample() {
        RocCurve roc = RocCurve.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true});

        assertArrayEquals(new double[] {0, 0, 0.5, 0.5, 1}, roc.falsePositiveRate(), EPS);
        assertArrayEquals(new double[] {0, 0.5, 0.5, 1, 1}, roc.truePositiveRate(), EPS);
        assertEquals(0.75, roc.auc(), EPS);
    }

    @Test
    void tiedScoresAcrossClassesFormOnePoint() {
        // thresholds 0.9: (tp 1, fp 0); 0.8: (2, 1); 0.5: (2, 2); 0.3: (3, 3)
        RocCurve roc = RocCurve.of(new double[] {0.9, 0.8, 0.8, 0.5, 0.3, 0.3},
                new boolean[] {true, true, false, false, true, false});

        assertArrayEquals(new double[] {0, 0, 1.0 / 3, 2.0 / 3, 1}, roc.falsePositiveRate(), EPS);
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3, 2.0 / 3, 1}, roc.truePositiveRate(), EPS);
        // 1/6 + 2/9 + 5/18; pairs: 0.9 beats 3, 0.8 beats 2 and ties 1, 0.3 ties 1 -> 6 of 9
        assertEquals(2.0 / 3, roc.auc(), EPS);
    }

    @Test
    void perfectSeparationDropsCollinearPointsLikeScikitLearn() {
        // counts per threshold: fps [0,0,0,1,2,3], tps [1,2,3,3,3,3]; interior points 1, 3 and 4 are collinear
        RocCurve roc = RocCurve.of(new double[] {0.9, 0.8, 0.7, 0.6, 0.5, 0.4},
                new boolean[] {true, true, true, false, false, false});

        assertArrayEquals(new double[] {0, 0, 0, 1}, roc.falsePositiveRate(), EPS);
        assertArrayEquals(new double[] {0, 1.0 / 3, 1, 1}, roc.truePositiveRate(), EPS);
        assertEquals(1.0, roc.auc(), EPS);
    }

    @Test
    void reversedScoresGiveZero() {
        RocCurve roc = RocCurve.of(new double[] {0.9, 0.8, 0.7, 0.6, 0.5, 0.4},
                new boolean[] {false, false, false, true, true, true});

        assertArrayEquals(new double[] {0, 1.0 / 3, 1, 1}, roc.falsePositiveRate(), EPS);
        assertArrayEquals(new double[] {0, 0, 0, 1}, roc.truePositiveRate(), EPS);
        assertEquals(0.0, roc.auc(), EPS);
    }

    @Test
    void allTiedScoresGiveTheDiagonal() {
        RocCurve roc = RocCurve.of(new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, new boolean[] {true, false, false, true, false});

        assertArrayEquals(new double[] {0, 1}, roc.falsePositiveRate(), EPS);
        assertArrayEquals(new double[] {0, 1}, roc.truePositiveRate(), EPS);
        assertEquals(0.5, roc.auc(), EPS);
    }

    @Test
    void negativeAndPositiveZeroAreOneThreshold() {
        RocCurve roc = RocCurve.of(new double[] {-0.0, 0.0}, new boolean[] {true, false});

        assertEquals(0.5, roc.auc(), EPS);
        assertEquals(2, roc.points());
    }

    @Test
    void aucIsTheMannWhitneyProbability() {
        Random random = new Random(42);
        int n = 300;
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            positive[i] = random.nextDouble() < 0.3;
            // coarse scores so that many ties occur, shifted up for positives
            scores[i] = Math.floor((random.nextDouble() + (positive[i] ? 0.4 : 0)) * 10) / 10;
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (positive[i] && !positive[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        RocCurve roc = RocCurve.of(scores, positive);

        assertEquals(wins / pairs, roc.auc(), EPS);
        assertEquals(roc.auc(), trapezoid(roc), 1e-12);
        assertRunsFromOriginToOneOne(roc);
    }

    @Test
    void rejectsMissingClassMismatchedLengthsAndNaN() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new double[] {0.1, 0.2}, new boolean[] {false, false}));
        assertTrue(e.getMessage().contains("0 positives"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new double[] {0.1}, new boolean[] {true, false}));
        assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new double[] {Double.NaN, 0.2}, new boolean[] {true, false}));
    }

    @Test
    void thinnedKeepsEndsAndAtMostMaxPointsOfTheOriginal() {
        Random random = new Random(7);
        int n = 5000;
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            positive[i] = i % 10 == 0;
            scores[i] = random.nextGaussian() + (positive[i] ? 2 : 0);
        }
        RocCurve roc = RocCurve.of(scores, positive);
        assertTrue(roc.points() > 200, "test needs a long curve, got " + roc.points());

        RocCurve thin = roc.thinned(50);

        assertTrue(thin.points() <= 50 && thin.points() >= 40, "points: " + thin.points());
        assertEquals(0, thin.falsePositiveRate()[0]);
        assertEquals(0, thin.truePositiveRate()[0]);
        assertEquals(1, thin.falsePositiveRate()[thin.points() - 1]);
        assertEquals(1, thin.truePositiveRate()[thin.points() - 1]);
        assertEquals(roc.auc(), thin.auc());
        assertRunsFromOriginToOneOne(thin);
        // every kept point is a point of the original curve
        int j = 0;
        for (int i = 0; i < thin.points(); i++) {
            while (roc.falsePositiveRate()[j] != thin.falsePositiveRate()[i]
                    || roc.truePositiveRate()[j] != thin.truePositiveRate()[i]) {
                j++;
            }
        }
        assertSame(thin, thin.thinned(thin.points()));
        assertEquals(2, roc.thinned(2).points());
        assertThrows(IllegalArgumentException.class, () -> roc.thinned(1));
    }

    static void assertRunsFromOriginToOneOne(RocCurve roc) {
        double[] x = roc.falsePositiveRate();
        double[] y = roc.truePositiveRate();
        assertEquals(0, x[0]);
        assertEquals(0, y[0]);
        assertEquals(1, x[x.length - 1], EPS);
        assertEquals(1, y[y.length - 1], EPS);
        for (int i = 1; i < x.length; i++) {
            assertTrue(x[i] >= x[i - 1] && y[i] >= y[i - 1], "not monotone at point " + i);
        }
    }

    static double trapezoid(RocCurve roc) {
        double[] x = roc.falsePositiveRate();
        double[] y = roc.truePositiveRate();
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }
        return area;
    }
}
