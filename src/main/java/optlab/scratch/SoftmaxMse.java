package optlab.scratch;

import optlab.scratch.layer.Values;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Squared error on the softmax output, with t = onehot(y): Keras' {@code mean_squared_error} on a
 * softmax layer (the mean over the K classes, then over the n rows; divisor n K), or the from-scratch
 * notebook's half sum over the classes, then the mean over the rows (divisor 2 n), whose gradient
 * (p - t) / n is K/2 times Keras' (5 times with MNIST's 10 classes):
 * <pre>
 *   L = (1/d) sum_r sum_c (p[r, c] - t[r, c])^2                  (d = n K or 2 n)
 *   g_c = dL/dp_c = 2 (p_c - t_c) / d                            (per row)
 *   dp_c/dz_j = p_c (delta_cj - p_j)                              (the softmax Jacobian)
 *   dL/dz_j = sum_c g_c p_c (delta_cj - p_j) = p_j (g_j - sum_c g_c p_c)
 * </pre>
 */
final class SoftmaxMse implements SoftmaxLoss {

    private final boolean meanOverClasses;

    /** @param meanOverClasses Keras' mean over the classes; false takes half the sum over them */
    SoftmaxMse(boolean meanOverClasses) {
        this.meanOverClasses = meanOverClasses;
    }

    private double divisor(int rows, int classes) {
        return meanOverClasses ? (double) rows * classes : 2.0 * rows;
    }

    @Override
    public double loss(INDArray probabilities, int[] labels, int rows, int classes) {
        Values p = Values.of(probabilities);
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < classes; c++) {
                double error = p.get(r * classes + c) - (labels[r] == c ? 1 : 0);
                sum += error * error;
            }
        }
        return sum / divisor(rows, classes);
    }

    @Override
    public void gradient(INDArray probabilities, int[] labels, INDArray gradient, int rows, int classes) {
        Values p = Values.of(probabilities);
        Values dz = Values.of(gradient);
        double scale = 2.0 / divisor(rows, classes);
        double[] g = new double[classes];
        for (int r = 0; r < rows; r++) {
            int row = r * classes;
            double gp = 0;
            for (int c = 0; c < classes; c++) {
                g[c] = scale * (p.get(row + c) - (labels[r] == c ? 1 : 0));
                gp += g[c] * p.get(row + c);
            }
            for (int j = 0; j < classes; j++) {
                dz.set(row + j, p.get(row + j) * (g[j] - gp));
            }
        }
    }
}
