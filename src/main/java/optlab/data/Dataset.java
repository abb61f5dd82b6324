package optlab.data;

/**
 * A labelled data set held in memory: {@code size} rows of {@code features} values each, stored
 * row-major in {@code x}, and one class label in {@code 0..classes-1} per row.
 *
 * <p>The arrays are shared, not copied (MNIST's training images alone are 188 MB as floats), so
 * neither the creator nor any reader may change them after construction. Operations that select
 * rows return new datasets with new arrays.
 */
public record Dataset(String name, int size, int features, int classes, float[] x, int[] labels) {

    public Dataset {
        if (name == null || name.isBlank()) {
            throw new DataException("dataset name must not be blank");
        }
        if (size < 0) {
            throw new DataException("dataset " + name + ": size " + size + " is negative");
        }
        if (features <= 0) {
            throw new DataException("dataset " + name + ": features " + features + " must be positive");
        }
        if (classes <= 0) {
            throw new DataException("dataset " + name + ": classes " + classes + " must be positive");
        }
        if (x == null || x.length != (long) size * features) {
            throw new DataException("dataset " + name + ": x has " + (x == null ? "no" : x.length)
                    + " values, expected " + size + " rows x " + features + " features");
        }
        if (labels == null || labels.length != size) {
            throw new DataException("dataset " + name + ": " + (labels == null ? "no" : labels.length)
                    + " labels for " + size + " rows");
        }
        for (int i = 0; i < size; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new DataException("dataset " + name + ": label " + labels[i] + " at row " + i
                        + " is outside 0.." + (classes - 1));
            }
        }
    }

    /** A new dataset (same name) holding the given rows, in the given order; rows may repeat. */
    public Dataset rows(int[] indices) {
        float[] newX = new float[Math.multiplyExact(indices.length, features)];
        int[] newLabels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            int row = indices[i];
            if (row < 0 || row >= size) {
                throw new DataException("dataset " + name + ": row " + row + " is outside 0.." + (size - 1));
            }
            System.arraycopy(x, row * features, newX, i * features, features);
            newLabels[i] = labels[row];
        }
        return new Dataset(name, indices.length, features, classes, newX, newLabels);
    }

    /** A new dataset (same name) holding the first {@code min(n, size)} rows. */
    public Dataset head(int n) {
        if (n < 0) {
            throw new DataException("dataset " + name + ": head(" + n + ") needs a non-negative count");
        }
        int count = Math.min(n, size);
        float[] newX = new float[count * features];
        System.arraycopy(x, 0, newX, 0, newX.length);
        int[] newLabels = new int[count];
        System.arraycopy(labels, 0, newLabels, 0, count);
        return new Dataset(name, count, features, classes, newX, newLabels);
    }

    /**
     * Copies rows {@code order[from]}, ..., {@code order[from + count - 1]} into the first
     * {@code count} rows of {@code xOut} and the first {@code count} entries of {@code labelsOut}.
     * Allocates nothing, so a trainer can reuse one pair of buffers sized for a full batch for every
     * step (the last, smaller batch leaves the buffers' tails as they were).
     */
    public void copyRows(int[] order, int from, int count, float[] xOut, int[] labelsOut) {
        if (from < 0 || count < 0 || from > order.length - count) {
            throw new DataException("dataset " + name + ": rows " + from + ".." + (from + count)
                    + " are outside an order of length " + order.length);
        }
        if (xOut.length < (long) count * features || labelsOut.length < count) {
            throw new DataException("dataset " + name + ": buffers of " + xOut.length + " values and "
                    + labelsOut.length + " labels cannot hold " + count + " rows of " + features + " features");
        }
        for (int i = 0; i < count; i++) {
            int row = order[from + i];
            System.arraycopy(x, row * features, xOut, i * features, features);
            labelsOut[i] = labels[row];
        }
    }
}
