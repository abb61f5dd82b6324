package optlab.scratch;

import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Softmax output with mean cross-entropy loss: p = softmax(z) per row, L = -(1/n) sum ln p[y];
 * dL/dz = (p - onehot(y)) / n.
 */
final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {
    }

    /** Softmax of each row of {@code logits} into {@code probabilities} (max subtracted for stability). */
    static void softmax(INDArray logits, INDArray probabilities, int rows, int classes) {
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

    /** Mean of -ln p[label] over the rows, in double. */
    static double loss(INDArray probabilities, int[] labels, int rows, int classes) {
        DataBuffer p = probabilities.data();
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum -= Math.log(p.getDouble(r * classes + labels[r]));
        }
        return sum / rows;
    }

    /** dL/dz = (p - onehot(label)) / rows, into {@code gradient}. */
    static void gradient(INDArray probabilities, int[] labels, INDArray gradient, int rows, int classes) {
        DataBuffer p = probabilities.data();
        DataBuffer g = gradient.data();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < classes; c++) {
                int i = r * classes + c;
                double target = labels[r] == c ? 1 : 0;
                g.put(i, (p.getDouble(i) - target) / rows);
            }
        }
    }
}
