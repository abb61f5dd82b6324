package optlab.train;

/** Logged every N steps: the batch's loss (before its update) and the full test-set loss (after it). */
public record IterationStats(long step, int epoch, double trainLoss, double testLoss) {
}
