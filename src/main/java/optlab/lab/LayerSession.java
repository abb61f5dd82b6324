package optlab.lab;

import java.util.List;

/**
 * A running layer submission (or reference): the Java student API in process, or the line protocol
 * to another process. Failures of the submission surface as {@link SubmissionException}.
 */
interface LayerSession extends AutoCloseable {

    /** The forward output of {@code c}: y, or the loss as one element. */
    float[] forward(LayerCase c);

    /** The gradients of {@code c}'s differentiable inputs, in order; {@code y} is this session's own forward output. */
    List<float[]> backward(LayerCase c, float[] y);

    default LayerOutputs run(LayerCase c) {
        float[] y = forward(c);
        return new LayerOutputs(y, backward(c, y));
    }

    @Override
    default void close() {
    }
}
