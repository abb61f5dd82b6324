package optlab.train;

import java.util.List;

/** What a run recorded while training. */
public record History(List<EpochStats> epochs, List<IterationStats> iterations) {

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

    /** First epoch (1-based) whose test accuracy reached {@code target}, or -1. */
    public int epochsToTestAccuracy(double target) {
        return epochs.stream().filter(e -> e.testAccuracy() >= target).mapToInt(EpochStats::epoch).findFirst().orElse(-1);
    }
}
