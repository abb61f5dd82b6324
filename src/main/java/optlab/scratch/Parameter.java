package optlab.scratch;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A trainable tensor and the gradient of the loss with respect to it (same shape), both updated in place. */
public record Parameter(String name, INDArray value, INDArray gradient) {

    public int size() {
        return (int) value.length();
    }
}
