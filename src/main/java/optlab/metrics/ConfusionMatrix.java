package optlab.metrics;

/** counts[actual][predicted]. */
public record ConfusionMatrix(int[][] counts) {

    public static ConfusionMatrix of(int[] actual, int[] predicted, int numClasses) {
        throw new UnsupportedOperationException("TODO");
    }

    public int numClasses() {
        return counts.length;
    }
}
