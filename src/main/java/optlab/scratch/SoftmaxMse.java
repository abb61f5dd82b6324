package optlab.scratch;

import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mean squared error on the softmax output, as Keras' {@code mean_squared_error} on a softmax
 * layer (the mean over the K classes, then over the n rows), with t = onehot(y):
 * <pre>
 *   L = (1/(n K)) sum_r sum_c (p[r, c] - t[r, c])^2
 *   g_c = dL/dp_c = 2 (p_c - t_c) / (n K)                       (per row)
 *   dp_c/dz_j = p_c (delta_cj - p_j)                              (the softmax Jacobian)
 *   dL/dz_j = sum_c g_c p_c (delta_cj - p_j) = p_j (g_j - sum_c g_c p_c)
 * </pre>
 */
final class SoftmaxMse implements SoftmaxLoss {

    @Override
    public double loss(INDArray probabilities, int[] labels, int rows, int classes) {
        DataBuffer p = probabilities.data();
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < classes; c++) {
                double error = p.getDouble(r * classes + c) - (labels[r] == c ? 1 : 0);
                sum += error * error;
            }
        }
        return sum / ((double) rows * classes);
    }

    @Override
    public void gradient(INDArray probabilities, int[] labels, INDArray gradient, int rows, int classes) {
        DataBuffer p = probabilities.data();
        DataBuffer dz = gradient.data();
        double scale = 2.0 / ((double) rows * classes);
        double[] g = new double[classes];
        for (int r = 0; r < rows; r++) {
            int row = r * classes;
            double gp = 0;
            for (int c = 0; c < classes; c++) {
                g[c] = scale * (p.getDouble(row + c) - (labels[r] == c ? 1 : 0));
                gp += g[c] * p.getDouble(row + c);
            }
            for (int j = 0; j < classes; j++) {
                dz.put(row + j, p.getDouble(row + j) * (g[j] - gp));
            }
        }
    }
}
