package optlab.train;

/**
 * One epoch of training. Train loss and accuracy are means over the epoch's batches, each taken
 * before that batch's update (what Keras prints); test and validation figures are measured after
 * the epoch's last update. Validation fields are null when there is no validation split.
 * {@code learningRate} is the rate of the epoch's last update.
 */
public record EpochStats(
        int epoch,
        double trainLoss,
        double trainAccuracy,
        double testLoss,
        double testAccuracy,
        Double validationLoss,
        Double validationAccuracy,
        double learningRate,
        double seconds) {
}
