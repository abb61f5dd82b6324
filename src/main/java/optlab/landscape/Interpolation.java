package optlab.landscape;

/**
 * The loss along the straight line from a run's first weights (t = 0) to its last (t = 1), a little
 * beyond both ends: the cheap 1-D view of a landscape (Goodfellow, Vinyals and Saxe, 2015).
 */
public record Interpolation(String key, String configuration, String runId, double[] t, double[] loss) {
}
