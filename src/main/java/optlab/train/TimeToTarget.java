package optlab.train;

/**
 * How long a run took to reach a target test accuracy: the first epoch that reached it and the
 * training seconds of epochs 1 to that one (steps only, no evaluations, as {@link EpochStats#seconds}).
 */
public record TimeToTarget(int epochs, double seconds) {
}
