package optlab.scratch;

import optlab.spec.Loss;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A loss on the softmax output p = softmax(z) of a batch: its mean over the batch, and its gradient with respect to the logits z. */
interface SoftmaxLoss {

    /** The batch's mean loss, in double, from {@code rows x classes} probabilities (row-major). */
    double loss(INDArray probabilities, int[] labels, int rows, int classes);

    /** dL/dz, row-major {@code rows x classes}, into {@code gradient}. */
    void gradient(INDArray probabilities, int[] labels, INDArray gradient, int rows, int classes);

    static SoftmaxLoss of(Loss loss) {
        return switch (loss) {
            case CROSS_ENTROPY -> new SoftmaxCrossEntropy();
            case MSE -> new SoftmaxMse(true);
            case MSE_SUM -> new SoftmaxMse(false);
        };
    }
}
