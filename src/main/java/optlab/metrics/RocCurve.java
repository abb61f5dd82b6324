package optlab.metrics;

/** Points of a ROC curve from (0,0) to (1,1), ordered by falling threshold, and the area under it. */
public record RocCurve(double[] falsePositiveRate, double[] truePositiveRate, double auc) {

    /** One-vs-rest curve for scores where {@code positive[i]} marks the positive class. */
    public static RocCurve of(double[] scores, boolean[] positive) {
        throw new UnsupportedOperationException("TODO");
    }
}
