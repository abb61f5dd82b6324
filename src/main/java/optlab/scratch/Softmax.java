package optlab.scratch;

import optlab.scratch.layer.Values;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The output layer: p = softmax(z) per row, p_c = exp(z_c) / sum_j exp(z_j). */
final class Softmax {

    private final int classes;
    /** One row's exp(z_c - max), kept in double until the division. */
    private final double[] e;

    Softmax(int classes) {
        this.classes = classes;
        e = new double[classes];
    }

    /** Softmax of each row of {@code logits} into {@code probabilities} (max subtracted for stability). */
    void apply(INDArray logits, INDArray probabilities, int rows) {
        Values z = Values.of(logits);
        Values p = Values.of(probabilities);
        for (int r = 0; r < rows; r++) {
            int row = r * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, z.get(row + c));
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                e[c] = Math.exp(z.get(row + c) - max);
                sum += e[c];
            }
            for (int c = 0; c < classes; c++) {
                p.set(row + c, e[c] / sum);
            }
        }
    }
}
