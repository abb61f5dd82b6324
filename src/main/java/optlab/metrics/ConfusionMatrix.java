package optlab.metrics;

/**
 * Counts of (actual, predicted) class pairs: {@code counts[actual][predicted]} is how many samples of
 * class {@code actual} were predicted as {@code predicted}. The diagonal holds the correct predictions.
 */
public record ConfusionMatrix(int[][] counts) {

    public ConfusionMatrix {
        if (counts.length == 0) {
            throw new IllegalArgumentException("a confusion matrix needs at least one class");
        }
        for (int actual = 0; actual < counts.length; actual++) {
            if (counts[actual].length != counts.length) {
                throw new IllegalArgumentException("row " + actual + " has " + counts[actual].length
                        + " columns; a confusion matrix over " + counts.length + " classes is square");
            }
            for (int predicted = 0; predicted < counts.length; predicted++) {
                if (counts[actual][predicted] < 0) {
                    throw new IllegalArgumentException("negative count " + counts[actual][predicted]
                            + " at [" + actual + "][" + predicted + "]");
                }
            }
        }
    }

    /** Tallies {@code actual[i]} against {@code predicted[i]}; every label must lie in 0..numClasses-1. */
    public static ConfusionMatrix of(int[] actual, int[] predicted, int numClasses) {
        if (numClasses < 1) {
            throw new IllegalArgumentException("numClasses must be at least 1, was " + numClasses);
        }
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(
                    actual.length + " actual labels but " + predicted.length + " predicted labels");
        }
        int[][] counts = new int[numClasses][numClasses];
        for (int i = 0; i < actual.length; i++) {
            checkLabel("actual", actual[i], i, numClasses);
            checkLabel("predicted", predicted[i], i, numClasses);
            counts[actual[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    private static void checkLabel(String which, int label, int index, int numClasses) {
        if (label < 0 || label >= numClasses) {
            throw new IllegalArgumentException(which + " label " + label + " at index " + index
                    + " is outside 0.." + (numClasses - 1));
        }
    }

    public int numClasses() {
        return counts.length;
    }

    /** Number of samples counted. */
    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    /** Number of samples predicted as their actual class (the trace). */
    public int correct() {
        int correct = 0;
        for (int k = 0; k < counts.length; k++) {
            correct += counts[k][k];
        }
        return correct;
    }

    /** correct / total; NaN for an empty matrix. */
    public double accuracy() {
        return (double) correct() / total();
    }

    /** Samples whose actual class is {@code k} (row sum): the class's support. */
    public int actualCount(int k) {
        int sum = 0;
        for (int count : counts[k]) {
            sum += count;
        }
        return sum;
    }

    /** Samples predicted as class {@code k} (column sum). */
    public int predictedCount(int k) {
        int sum = 0;
        for (int[] row : counts) {
            sum += row[k];
        }
        return sum;
    }
}
