package optlab.metrics;

/**
 * One row of a classification report.
 *
 * @param label the class ("0".."9") or "macro avg" / "weighted avg"
 * @param precision share of the samples predicted as this class that belong to it
 * @param recall share of this class's samples that were predicted as it
 * @param f1 harmonic mean of precision and recall
 * @param support samples whose actual class is this one; for the averages, all samples
 */
public record ClassMetrics(String label, double precision, double recall, double f1, int support) {
}
