package optlab.train;

import java.util.List;
import optlab.data.BatchOrder;
import optlab.data.Dataset;
import optlab.spec.ModelLayout;
import optlab.spec.Sampling;

/**
 * The mini-batches of a training set in the seeded order, one permutation per epoch, the last
 * batch of an epoch holding what is left (or, sampling with replacement, rows drawn afresh every
 * step, every batch full), each with its dropout masks. Whoever drives a trainer
 * takes its batches from here, so two trainers driven from one seed see the same rows in the same
 * order and drop the same units.
 */
public final class BatchFeed {

    private final Dataset data;
    private final int batchSize;
    private final BatchOrder order;
    private final DropoutMasks masks;
    private final Batch full;
    private final boolean withReplacement;
    private int epoch;
    private int[] permutation;

    /** Batches for {@code model}'s layout: with one dropout mask per dropout layer. */
    public BatchFeed(Dataset data, int batchSize, long seed, ModelLayout model) {
        this(data, batchSize, seed, model, Sampling.SHUFFLE);
    }

    public BatchFeed(Dataset data, int batchSize, long seed, ModelLayout model, Sampling sampling) {
        this.data = data;
        this.withReplacement = sampling == Sampling.WITH_REPLACEMENT;
        this.batchSize = batchSize;
        this.order = new BatchOrder(seed, data.size());
        this.masks = DropoutMasks.of(model, seed);
        this.full = new Batch(new float[batchSize * data.features()], new int[batchSize], batchSize, data.features(),
                masks.buffers(batchSize));
    }

    public int stepsPerEpoch() {
        return (data.size() + batchSize - 1) / batchSize;
    }

    /**
     * Batch {@code k} (0-based, counted across epochs: epoch k / stepsPerEpoch + 1), copied into
     * buffers that the next call reuses.
     */
    public Batch batch(long k) {
        if (withReplacement) {
            data.copyRows(order.draw(k, batchSize), 0, batchSize, full.x(), full.labels());
            masks.fill(k, batchSize, full.dropoutMasks());
            return full;
        }
        int e = (int) (k / stepsPerEpoch()) + 1;
        if (e != epoch) {
            epoch = e;
            permutation = order.permutation(e);
        }
        int from = (int) (k % stepsPerEpoch()) * batchSize;
        int size = Math.min(batchSize, data.size() - from);
        data.copyRows(permutation, from, size, full.x(), full.labels());
        List<float[]> dropoutMasks = full.dropoutMasks();
        masks.fill(k, size, dropoutMasks);
        return size == batchSize ? full : new Batch(full.x(), full.labels(), size, full.features(), dropoutMasks);
    }
}
