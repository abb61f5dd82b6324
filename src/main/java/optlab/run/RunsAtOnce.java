package optlab.run;

import optlab.results.RunClaims;
import optlab.train.EpochStats;
import optlab.train.TrainingListener;

/**
 * Passes a run's training events on, and counts meanwhile how many runs this machine trains from the store at once (the
 * live claims here): at the start, after every epoch and once a second between. The most it saw tells whether the run's
 * seconds per epoch were measured alone or beside others.
 */
final class RunsAtOnce implements TrainingListener {

    private static final long EVERY_NANOS = 1_000_000_000L;

    private final TrainingListener listener;
    private final RunClaims claims;
    private int most = 1;
    private long sampled;

    RunsAtOnce(TrainingListener listener, RunClaims claims) {
        this.listener = listener;
        this.claims = claims;
    }

    @Override
    public void onStart(int epochs, int stepsPerEpoch) {
        sample();
        listener.onStart(epochs, stepsPerEpoch);
    }

    @Override
    public void onStep(int epoch, long step, double loss) {
        listener.onStep(epoch, step, loss);
        if (System.nanoTime() - sampled > EVERY_NANOS) {
            sample();
        }
    }

    @Override
    public void onEpoch(EpochStats stats) {
        sample();
        listener.onEpoch(stats);
    }

    /** The most runs seen training at once, this one included. */
    int most() {
        return most;
    }

    private void sample() {
        sampled = System.nanoTime();
        most = Math.max(most, claims.liveHere());
    }
}
