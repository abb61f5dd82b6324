package optlab.train;

import optlab.data.BatchOrder;
import optlab.data.Dataset;

/**
 * The mini-batches of a training set in the seeded order, one permutation per epoch, the last
 * batch of an epoch holding what is left. Whoever drives a trainer takes its batches from here,
 * so two trainers driven from one seed see the same rows in the same order.
 */
public final class BatchFeed {

    private final Dataset data;
    private final int batchSize;
    private final BatchOrder order;
    private final Batch full;
    private int epoch;
    private int[] permutation;

    public BatchFeed(Dataset data, int batchSize, long seed) {
        this.data = data;
        this.batchSize = batchSize;
        this.order = new BatchOrder(seed, data.size());
        this.full = new Batch(new float[batchSize * data.features()], new int[batchSize], batchSize, data.features());
    }

    public int stepsPerEpoch() {
        return (data.size() + batchSize - 1) / batchSize;
    }

    /**
     * Batch {@code k} (0-based, counted across epochs: epoch k / stepsPerEpoch + 1), copied into
     * buffers that the next call reuses.
     */
    public Batch batch(long k) {
        int e = (int) (k / stepsPerEpoch()) + 1;
        if (e != epoch) {
            epoch = e;
            permutation = order.permutation(e);
        }
        int from = (int) (k % stepsPerEpoch()) * batchSize;
        int size = Math.min(batchSize, data.size() - from);
        data.copyRows(permutation, from, size, full.x(), full.labels());
        return size == batchSize ? full : new Batch(full.x(), full.labels(), size, full.features());
    }
}
