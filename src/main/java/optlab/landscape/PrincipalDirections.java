package optlab.landscape;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The two principal directions of a trajectory's points, as Li et al. (2018) find them: PCA of the
 * offsets from the last point (centered, as PCA is), worked out on the small n x n Gram matrix of
 * the n points rather than the p x p covariance of p weights, in double.
 *
 * @param firstShare the share of the offsets' variance along the first direction
 */
record PrincipalDirections(float[] first, float[] second, double firstShare, double secondShare) {

    static PrincipalDirections of(List<float[]> points) {
        int n = points.size();
        if (n < 3) {
            throw new IllegalArgumentException("a trajectory of " + n + " points has no principal plane; record more of it");
        }
        int p = points.get(0).length;
        float[] last = points.get(n - 1);
        double[][] x = new double[n][p];
        double[] mean = new double[p];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < p; i++) {
                x[k][i] = (double) points.get(k)[i] - last[i];
                mean[i] += x[k][i] / n;
            }
        }
        for (double[] row : x) {
            for (int i = 0; i < p; i++) {
                row[i] -= mean[i];
            }
        }
        INDArray gram = Nd4j.create(DataType.DOUBLE, n, n);
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                double dot = 0;
                for (int i = 0; i < p; i++) {
                    dot += x[a][i] * x[b][i];
                }
                gram.putScalar(a, b, dot);
                gram.putScalar(b, a, dot);
            }
        }
        double total = 0;
        for (int a = 0; a < n; a++) {
            total += gram.getDouble(a, a);
        }
        INDArray values = Eigen.symmetricGeneralizedEigenvalues(gram, true); // ascending; gram now holds the eigenvectors
        float[] first = direction(x, gram.getColumn(n - 1));
        float[] second = direction(x, gram.getColumn(n - 2));
        return new PrincipalDirections(first, second, values.getDouble(n - 1) / total, values.getDouble(n - 2) / total);
    }

    /** X^T c, normalized: the weight-space direction of a Gram-matrix eigenvector c. */
    private static float[] direction(double[][] x, INDArray c) {
        int p = x[0].length;
        double[] d = new double[p];
        for (int k = 0; k < x.length; k++) {
            double ck = c.getDouble(k);
            for (int i = 0; i < p; i++) {
                d[i] += ck * x[k][i];
            }
        }
        double norm = 0;
        for (double di : d) {
            norm += di * di;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[p];
        int sign = 0;
        for (int i = 0; i < p && sign == 0; i++) {
            sign = d[i] > 0 ? 1 : d[i] < 0 ? -1 : 0;
        }
        for (int i = 0; i < p; i++) {
            unit[i] = (float) (sign * d[i] / norm);
        }
        return unit;
    }
}
