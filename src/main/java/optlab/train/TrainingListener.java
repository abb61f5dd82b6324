package optlab.train;

/** Hears what the training loop does; used for progress display. */
public interface TrainingListener {

    TrainingListener NONE = new TrainingListener() {
    };

    default void onStart(int epochs, int stepsPerEpoch) {
    }

    /** After each step; {@code loss} is the batch loss before the update. */
    default void onStep(int epoch, long step, double loss) {
    }

    default void onEpoch(EpochStats stats) {
    }
}
