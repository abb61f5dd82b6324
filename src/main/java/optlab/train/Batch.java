package optlab.train;

import java.util.List;

/**
 * One mini-batch, in buffers reused from step to step: the first {@code size} rows of {@code x}
 * (row-major, {@code features} wide) and of {@code labels} are valid. {@code dropoutMasks} holds
 * one mask per dropout layer of the model (none without dropout), drawn in Java for this step so
 * that both trainers drop the same units: each row-major, {@code size} x the layer's units per
 * example, 0 for a dropped unit and 1 / (1 - rate) for a kept one.
 */
public record Batch(float[] x, int[] labels, int size, int features, List<float[]> dropoutMasks) {

    /** A batch for a model without dropout. */
    public Batch(float[] x, int[] labels, int size, int features) {
        this(x, labels, size, features, List.of());
    }
}
