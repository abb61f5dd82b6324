package optlab.scratch;

import optlab.scratch.layer.Values;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mean cross-entropy on the softmax output: L = -(1/n) sum_r ln p[r, y_r];
 * dL/dz = (p - onehot(y)) / n.
 */
final class SoftmaxCrossEntropy implements SoftmaxLoss {

    /** Mean of -ln p[label] over the rows, in double. */
    @Override
    public double loss(INDArray probabilities, int[] labels, int rows, int classes) {
        Values p = Values.of(probabilities);
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum -= Math.log(p.get(r * classes + labels[r]));
        }
        return sum / rows;
    }

    /** dL/dz = (p - onehot(label)) / rows. */
    @Override
    public void gradient(INDArray probabilities, int[] labels, INDArray gradient, int rows, int classes) {
        Values p = Values.of(probabilities);
        Values g = Values.of(gradient);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < classes; c++) {
                int i = r * classes + c;
                double target = labels[r] == c ? 1 : 0;
                g.set(i, (p.get(i) - target) / rows);
            }
        }
    }
}
