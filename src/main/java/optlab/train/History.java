package optlab.train;

import java.util.List;
import java.util.Optional;

/**
 * What a run recorded while training.
 *
 * @param stoppedEpoch the last epoch trained when early stopping ended the run before its epochs ran
 *     out; 0 when it ran them all, diverged, or had no early stopping (and in results stored before
 *     early stopping existed)
 * @param bestEpoch the epoch whose monitored validation value was best; 0 without early stopping
 */
public record History(List<EpochStats> epochs, List<IterationStats> iterations, int stoppedEpoch, int bestEpoch) {

    public History {
        epochs = List.copyOf(epochs);
        iterations = List.copyOf(iterations);
    }

    public EpochStats last() {
        return epochs.get(epochs.size() - 1);
    }

    /** Mean wall seconds per completed epoch, NaN if none completed. */
    public double secondsPerEpoch() {
        return epochs.stream().mapToDouble(EpochStats::seconds).average().orElse(Double.NaN);
    }

    /**
     * The first epoch whose test accuracy reached {@code target} and the training seconds up to and
     * including it; empty when no epoch reached it.
     */
    public Optional<TimeToTarget> timeToTestAccuracy(double target) {
        double seconds = 0;
        for (EpochStats e : epochs) {
            seconds += e.seconds();
            if (e.testAccuracy() >= target) {
                return Optional.of(new TimeToTarget(e.epoch(), seconds));
            }
        }
        return Optional.empty();
    }
}
