package optlab.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The order in which an epoch visits the training rows, shared by both trainers so they see the
 * same batches. {@link #permutation(int)} depends only on {@code (seed, size, epoch)}: each epoch
 * shuffles {@code 0..size-1} (Fisher-Yates) with a {@link SplittableRandom} whose seed mixes the
 * run's seed with the epoch number, so calls may come in any order and any number of times.
 * Batch {@code b} is {@code permutation[b * batchSize ..]}, the last batch possibly smaller.
 * Sampling with replacement instead draws each step's rows with {@link #draw}, from a stream of its own.
 */
public record BatchOrder(long seed, int size) {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    /** Keeps the with-replacement stream apart from the epochs' permutations. */
    private static final long REPLACEMENT = 0x5A3D_1E7EL;

    public BatchOrder {
        if (size <= 0) {
            throw new DataException("batch order: size " + size + " must be positive");
        }
    }

    /** The permutation of {@code 0..size-1} for epoch {@code epoch} (1-based). */
    public int[] permutation(int epoch) {
        if (epoch < 1) {
            throw new DataException("batch order: epoch " + epoch + " must be 1 or more");
        }
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        FisherYates.shuffle(order, new SplittableRandom(epochSeed(epoch)));
        return order;
    }

    /**
     * The rows of step {@code step} (0-based) when sampling with replacement: {@code count} indices drawn
     * independently and uniformly from {@code 0..size-1}; depends only on {@code (seed, size, step, count)}.
     */
    public int[] draw(long step, int count) {
        var random = new SplittableRandom(mix64(mix64(seed ^ REPLACEMENT) + step * GOLDEN_GAMMA));
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = random.nextInt(size);
        }
        return rows;
    }

    /** The number of batches per epoch, {@code ceil(size / batchSize)}. */
    public int batches(int batchSize) {
        if (batchSize <= 0) {
            throw new DataException("batch order: batch size " + batchSize + " must be positive");
        }
        return (size - 1) / batchSize + 1;
    }

    /** Mixes seed and epoch so nearby seeds and epochs give unrelated streams. */
    private long epochSeed(int epoch) {
        return mix64(mix64(seed) + epoch * GOLDEN_GAMMA);
    }

    /** Stafford's variant 13 of the MurmurHash3 finalizer, as in SplitMix64. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
