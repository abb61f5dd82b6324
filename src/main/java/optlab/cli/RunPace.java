package optlab.cli;

/**
 * Where a training run stands, for progress lines: its share done, the step within the epoch, the
 * mean batch loss since the last epoch line, and the seconds left at its pace so far.
 */
final class RunPace {

    private int epochs;
    private long stepsPerEpoch;
    private long start;
    private double lossSum;
    private long lossCount;

    void start(int runEpochs, int runStepsPerEpoch) {
        epochs = runEpochs;
        stepsPerEpoch = runStepsPerEpoch;
        start = System.nanoTime();
    }

    int epochs() {
        return epochs;
    }

    /** After each step, with the batch loss before the update. */
    void step(double loss) {
        lossSum += loss;
        lossCount++;
    }

    /** The mean batch loss since the last {@link #epochEnded}. */
    double meanLoss() {
        return lossSum / lossCount;
    }

    void epochEnded() {
        lossSum = 0;
        lossCount = 0;
    }

    /** The run's share done after {@code step} steps. */
    double done(long step) {
        return (double) step / (epochs * stepsPerEpoch);
    }

    /** The epoch's share done after {@code step} steps of the run. */
    double inEpoch(int epoch, long step) {
        return (double) (step - (epoch - 1) * stepsPerEpoch) / stepsPerEpoch;
    }

    double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds left in this run, from its pace so far; unknown in the first 2%, which start-up slows. */
    double remaining(double done) {
        return done >= 0.02 ? elapsed() * (1 - done) / done : Double.NaN;
    }
}
