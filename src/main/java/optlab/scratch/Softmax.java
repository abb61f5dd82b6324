package optlab.scratch;

import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The output layer: p = softmax(z) per row, p_c = exp(z_c) / sum_j exp(z_j). */
final class Softmax {

    private Softmax() {
    }

    /** Softmax of each row of {@code logits} into {@code probabilities} (max subtracted for stability). */
    static void apply(INDArray logits, INDArray probabilities, int rows, int classes) {
        DataBuffer z = logits.data();
        DataBuffer p = probabilities.data();
        double[] e = new double[classes];
        for (int r = 0; r < rows; r++) {
            int row = r * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, z.getDouble(row + c));
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                e[c] = Math.exp(z.getDouble(row + c) - max);
                sum += e[c];
            }
            for (int c = 0; c < classes; c++) {
                p.put(row + c, e[c] / sum);
            }
        }
    }
}
