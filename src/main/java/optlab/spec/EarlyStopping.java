package optlab.spec;

/**
 * Stops a run when its validation metric stops improving, as Keras's {@code EarlyStopping}: an epoch
 * improves when its monitored value beats the best so far by more than {@code minDelta} (lower for
 * {@code val_loss}, higher for {@code val_accuracy}); training stops after {@code patience} epochs in
 * a row without improvement. With {@code restoreBestWeights} the run ends, stopped early or not, with
 * the weights of its best epoch, and the final evaluation is made with them. Optimizer state is not
 * restored (Keras does not either). A run that diverges ends as diverged all the same, with no final
 * evaluation.
 *
 * @param monitor {@value #VAL_LOSS} or {@value #VAL_ACCURACY}
 * @param patience epochs without improvement before stopping, at least 1
 * @param minDelta the margin an epoch must beat the best by, at least 0
 */
public record EarlyStopping(String monitor, int patience, double minDelta, boolean restoreBestWeights) {

    public static final String VAL_LOSS = "val_loss";
    public static final String VAL_ACCURACY = "val_accuracy";

    public EarlyStopping {
        if (!VAL_LOSS.equals(monitor) && !VAL_ACCURACY.equals(monitor)) {
            throw new SpecException("early_stopping.monitor must be " + VAL_LOSS + " or " + VAL_ACCURACY + ", got '" + monitor + "'");
        }
        if (patience <= 0) {
            throw new SpecException("early_stopping.patience must be positive, got " + patience);
        }
        if (!(minDelta >= 0 && Double.isFinite(minDelta))) {
            throw new SpecException("early_stopping.min_delta must be a finite number >= 0, got " + minDelta);
        }
    }

    /** Whether a higher monitored value is better. */
    public boolean maximizes() {
        return VAL_ACCURACY.equals(monitor);
    }
}
