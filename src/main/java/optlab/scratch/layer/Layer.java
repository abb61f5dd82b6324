package optlab.scratch.layer;

import java.util.List;
import optlab.scratch.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One layer of the hand-written network, forward and backward side by side. Activations and
 * gradients travel as {@code rows x units} arrays (an image row-major as height x width x
 * channels, so flattening moves nothing). Each layer keeps its buffers per batch size and what
 * the backward pass needs from the last forward pass, so a training step allocates nothing.
 */
public interface Layer {

    /** The trainable tensors, kernel before bias; none for pooling, dropout, flatten and activations. */
    default List<Parameter> parameters() {
        return List.of();
    }

    /**
     * The output for the first {@code rows} rows of {@code input}: an array owned by the layer and
     * overwritten by the next call.
     *
     * @param dropoutMasks the step's masks, one per dropout layer ({@code Batch.dropoutMasks}); null at
     *                     evaluation, where nothing is dropped
     */
    INDArray forward(INDArray input, int rows, List<float[]> dropoutMasks);

    /**
     * From dL/d(output) of the last forward pass, fills each parameter's gradient and returns
     * dL/d(input), or null when {@code inputGradient} is false (the first layer needs none).
     */
    INDArray backward(INDArray outputGradient, int rows, boolean inputGradient);
}
