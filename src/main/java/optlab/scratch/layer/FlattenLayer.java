package optlab.scratch.layer;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Height x width x channels to one row: activations are stored row-major already, so both directions pass through. */
public final class FlattenLayer implements Layer {

    @Override
    public INDArray forward(INDArray input, int rows, List<float[]> dropoutMasks) {
        return input;
    }

    @Override
    public INDArray backward(INDArray outputGradient, int rows, boolean inputGradient) {
        return inputGradient ? outputGradient : null;
    }
}
