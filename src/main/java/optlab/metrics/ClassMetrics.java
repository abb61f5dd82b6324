package optlab.metrics;

/** One row of a classification report; {@code label} is the class ("0".."9") or "macro avg" / "weighted avg". */
public record ClassMetrics(String label, double precision, double recall, double f1, int support) {
}
