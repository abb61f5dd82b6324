package optlab.metrics;

/** Checks and reads a model's class probabilities: one row per sample, one column per class. */
final class Probabilities {

    private Probabilities() {
    }

    /** Row-major probabilities ({@code rows} rows) as one array per row, the shape the metrics take. */
    static float[][] rows(float[] flat, int rows) {
        int classes = flat.length / rows;
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = java.util.Arrays.copyOfRange(flat, r * classes, (r + 1) * classes);
        }
        return out;
    }

    /**
     * Returns the number of classes after checking that there is at least one row, every row has
     * the same non-zero length, there is one label per row and every label is a column index.
     */
    static int checkShape(float[][] probabilities, int[] labels) {
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("no rows of probabilities");
        }
        if (labels.length != probabilities.length) {
            throw new IllegalArgumentException(
                    probabilities.length + " rows of probabilities but " + labels.length + " labels");
        }
        int classes = probabilities[0].length;
        if (classes == 0) {
            throw new IllegalArgumentException("rows of probabilities are empty");
        }
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i].length != classes) {
                throw new IllegalArgumentException("row " + i + " has " + probabilities[i].length
                        + " probabilities, row 0 has " + classes);
            }
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " at index " + i
                        + " is outside 0.." + (classes - 1));
            }
        }
        return classes;
    }

    /** Index of the largest value, the first one on ties. */
    static int argmax(float[] row) {
        int best = 0;
        for (int k = 1; k < row.length; k++) {
            if (row[k] > row[best]) {
                best = k;
            }
        }
        return best;
    }
}
