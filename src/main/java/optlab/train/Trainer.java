package optlab.train;

/**
 * A network plus its update rule, stepped by {@link TrainingLoop}. The loop owns the data order,
 * the evaluation and the bookkeeping; a trainer only computes. Both implementations hand back
 * class probabilities so that every metric comes from one shared code path.
 */
public interface Trainer extends AutoCloseable {

    /**
     * Runs the forward pass on the batch, then applies one update with the given learning rate.
     *
     * @return the batch's class probabilities from the forward pass before the update,
     *         row-major {@code batch.size() x classes}
     */
    float[] step(Batch batch, float learningRate);

    /**
     * The gradient of the batch's training objective (the mean loss plus the L2 penalty, see
     * {@code ModelSpec}) at the current weights, with the batch's dropout masks applied: one tensor
     * per parameter, named and shaped like it ({@code dense0/kernel} holds dJ/dW); the weights are
     * left as they are.
     */
    Weights gradients(Batch batch);

    /** Class probabilities for {@code count} rows of {@code x} (row-major), row-major {@code count x classes}; nothing is dropped. */
    float[] predict(float[] x, int count);

    /** A copy of the current weights, by name, in the model's order. */
    Weights parameters();

    /**
     * Replaces the weights with {@code weights} (as {@link #parameters} returns them); the
     * optimizer's state (accumulators, step count) is left as it is.
     *
     * @throws IllegalArgumentException if the names or shapes differ from the network's
     */
    void load(Weights weights);

    @Override
    void close();
}
