package optlab.train;

/**
 * One mini-batch, in buffers reused from step to step: the first {@code size} rows of {@code x}
 * (row-major, {@code features} wide) and of {@code labels} are valid.
 */
public record Batch(float[] x, int[] labels, int size, int features) {
}
