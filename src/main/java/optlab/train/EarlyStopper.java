package optlab.train;

import optlab.spec.EarlyStopping;

/**
 * The stopping rule of {@link EarlyStopping}, fed one epoch at a time; it decides, the loop acts.
 * It follows Keras 3: the best starts at +-infinity, so the first epoch with a number improves, and
 * a NaN never does.
 */
public final class EarlyStopper {

    private final EarlyStopping settings;
    private double best;
    private int bestEpoch;
    private int epochsWithoutImprovement;

    public EarlyStopper(EarlyStopping settings) {
        this.settings = settings;
        best = settings.maximizes() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /**
     * Takes an epoch's monitored validation value.
     *
     * @return whether the epoch is the new best
     * @throws IllegalStateException if the epoch has no validation figures
     */
    public boolean observe(EpochStats stats) {
        Double value = settings.maximizes() ? stats.validationAccuracy() : stats.validationLoss();
        if (value == null) {
            throw new IllegalStateException("early stopping monitors " + settings.monitor() + " but epoch " + stats.epoch()
                    + " has no validation figures");
        }
        boolean improved = settings.maximizes()
                ? value - settings.minDelta() > best
                : value + settings.minDelta() < best;
        if (improved) {
            best = value;
            bestEpoch = stats.epoch();
            epochsWithoutImprovement = 0;
        } else {
            epochsWithoutImprovement++;
        }
        return improved;
    }

    /** Whether the last {@code patience} epochs all failed to improve. */
    public boolean shouldStop() {
        return epochsWithoutImprovement >= settings.patience();
    }

    /** The best epoch so far, 0 before any improved. */
    public int bestEpoch() {
        return bestEpoch;
    }
}
