package optlab.metrics;

import java.util.Arrays;

/**
 * Points of a ROC curve from (0,0) to (1,1), ordered by falling threshold, and the area under it.
 *
 * @param falsePositiveRate x of each point: share of negatives scored at or above the threshold
 * @param truePositiveRate y of each point: share of positives scored at or above the threshold
 * @param auc area under the curve: the probability that a random positive scores above a random
 *     negative, ties counting one half
 */
public record RocCurve(double[] falsePositiveRate, double[] truePositiveRate, double auc) {

    public RocCurve {
        if (falsePositiveRate.length != truePositiveRate.length) {
            throw new IllegalArgumentException(falsePositiveRate.length + " false positive rates but "
                    + truePositiveRate.length + " true positive rates");
        }
    }

    /**
     * One-vs-rest curve for scores where {@code positive[i]} marks the positive class, as
     * scikit-learn's {@code roc_curve(drop_intermediate=True)} and {@code auc} compute it: one point
     * per distinct score (tied scores form one point), interior points that lie on a straight line
     * with equal steps on both sides dropped, then (0,0) put in front. The area is the trapezoidal
     * rule over the curve, computed exactly in integer counts.
     *
     * @throws IllegalArgumentException unless there is at least one positive and one negative, the
     *     arrays have equal lengths and no score is NaN; callers must make sure both classes occur
     */
    public static RocCurve of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
        int positives = 0;
        for (boolean p : positive) {
            if (p) {
                positives++;
            }
        }
        int negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("a ROC curve needs at least one positive and one negative sample; got "
                    + positives + " positives and " + negatives + " negatives");
        }
        double[] positiveScores = new double[positives];
        double[] negativeScores = new double[negatives];
        int p = 0;
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score at index " + i + " is NaN");
            }
            // + 0.0 turns -0.0 into 0.0: Arrays.sort orders -0.0 before 0.0, but they are one threshold.
            if (positive[i]) {
                positiveScores[p++] = scores[i] + 0.0;
            } else {
                negativeScores[n++] = scores[i] + 0.0;
            }
        }
        Arrays.sort(positiveScores);
        Arrays.sort(negativeScores);
        return fromSortedScores(positiveScores, negativeScores);
    }

    /** Walks both ascending arrays from the top, one step per distinct score. */
    private static RocCurve fromSortedScores(double[] positiveScores, double[] negativeScores) {
        int[] truePositives = new int[positiveScores.length + negativeScores.length];
        int[] falsePositives = new int[truePositives.length];
        int thresholds = 0;
        int p = positiveScores.length - 1;
        int n = negativeScores.length - 1;
        int tp = 0;
        int fp = 0;
        long doubleArea = 0;
        while (p >= 0 || n >= 0) {
            double threshold = p < 0 ? negativeScores[n]
                    : n < 0 ? positiveScores[p] : Math.max(positiveScores[p], negativeScores[n]);
            int previousTp = tp;
            int previousFp = fp;
            while (p >= 0 && positiveScores[p] == threshold) {
                tp++;
                p--;
            }
            while (n >= 0 && negativeScores[n] == threshold) {
                fp++;
                n--;
            }
            doubleArea += (long) (fp - previousFp) * (tp + previousTp);
            truePositives[thresholds] = tp;
            falsePositives[thresholds] = fp;
            thresholds++;
        }
        double auc = doubleArea / (2.0 * positiveScores.length * negativeScores.length);
        return withoutCollinearPoints(truePositives, falsePositives, thresholds, auc);
    }

    /**
     * Keeps the first and last threshold and those where the second difference of either count is
     * non-zero (scikit-learn's drop_intermediate), then prepends (0,0) and divides by the totals.
     */
    private static RocCurve withoutCollinearPoints(int[] tps, int[] fps, int thresholds, double auc) {
        double positives = tps[thresholds - 1];
        double negatives = fps[thresholds - 1];
        double[] fpr = new double[thresholds + 1];
        double[] tpr = new double[thresholds + 1];
        int size = 1;
        for (int k = 0; k < thresholds; k++) {
            boolean interior = k > 0 && k < thresholds - 1;
            if (interior && fps[k + 1] - 2 * fps[k] + fps[k - 1] == 0 && tps[k + 1] - 2 * tps[k] + tps[k - 1] == 0) {
                continue;
            }
            fpr[size] = fps[k] / negatives;
            tpr[size] = tps[k] / positives;
            size++;
        }
        return new RocCurve(Arrays.copyOf(fpr, size), Arrays.copyOf(tpr, size), auc);
    }

    /** Number of points on the curve. */
    public int points() {
        return falsePositiveRate.length;
    }

    /**
     * A copy with at most {@code maxPoints} of this curve's points, for drawing: the first and the
     * last point, and in between the points reached at equal steps of length along the curve, so
     * that steep and flat stretches keep a similar resolution. The auc is this curve's.
     */
    public RocCurve thinned(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("a thinned curve keeps its two ends, so maxPoints must be at least 2, was "
                    + maxPoints);
        }
        int size = points();
        if (size <= maxPoints) {
            return this;
        }
        double[] distance = new double[size];
        for (int i = 1; i < size; i++) {
            distance[i] = distance[i - 1] + Math.hypot(falsePositiveRate[i] - falsePositiveRate[i - 1],
                    truePositiveRate[i] - truePositiveRate[i - 1]);
        }
        int[] kept = new int[maxPoints];
        int count = 1;
        int i = 1;
        for (int step = 1; step < maxPoints - 1; step++) {
            double target = distance[size - 1] * step / (maxPoints - 1);
            while (i < size - 1 && distance[i] < target) {
                i++;
            }
            if (i == size - 1) {
                break;
            }
            if (i > kept[count - 1]) {
                kept[count++] = i;
            }
        }
        kept[count++] = size - 1;
        double[] fpr = new double[count];
        double[] tpr = new double[count];
        for (int k = 0; k < count; k++) {
            fpr[k] = falsePositiveRate[kept[k]];
            tpr[k] = truePositiveRate[kept[k]];
        }
        return new RocCurve(fpr, tpr, auc);
    }
}
