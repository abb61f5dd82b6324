package optlab.cli;

import java.io.PrintStream;
import optlab.results.RunResult;
import optlab.results.ValidationVerdict;
import optlab.run.ExperimentRunner;
import optlab.run.ValidationRunner;
import optlab.spec.RunSpec;
import optlab.train.EpochStats;
import optlab.train.TrainingListener;

/** A worker's side of {@link WorkerLine}: its runs' progress and its verdicts as lines on its standard output, for the sweep to show. */
final class WorkerReport implements ExperimentRunner.Events, ValidationRunner.Events {

    private static final long LIVE_NANOS = 200_000_000L;

    private final PrintStream out;

    WorkerReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public TrainingListener starting(RunSpec run, int index, int total) {
        send(WorkerLine.start(run.id()));
        return new TrainingListener() {
            private int epochs;
            private long stepsPerEpoch;
            private long start;
            private long lastSent;
            private double lossSum;
            private long lossCount;

            @Override
            public void onStart(int epochs, int stepsPerEpoch) {
                this.epochs = epochs;
                this.stepsPerEpoch = stepsPerEpoch;
                this.start = System.nanoTime();
            }

            @Override
            public void onStep(int epoch, long step, double loss) {
                lossSum += loss;
                lossCount++;
                long now = System.nanoTime();
                if (now - lastSent > LIVE_NANOS) {
                    lastSent = now;
                    double done = (double) step / (epochs * stepsPerEpoch);
                    double inEpoch = (double) (step - (epoch - 1) * stepsPerEpoch) / stepsPerEpoch;
                    send(WorkerLine.live(run.id(), new WorkerLine.Live(epoch, epochs, inEpoch, done, lossSum / lossCount, remaining(done))));
                }
            }

            @Override
            public void onEpoch(EpochStats e) {
                send(WorkerLine.epoch(run.id(), ProgressLine.epoch(e, epochs, remaining((double) e.epoch() / epochs)).strip()));
                lossSum = 0;
                lossCount = 0;
            }

            /** Seconds left in this run, from its pace so far; unknown in the first 2%, which start-up slows. */
            private double remaining(double done) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                return done >= 0.02 ? elapsed * (1 - done) / done : Double.NaN;
            }
        };
    }

    @Override
    public void reused(RunSpec run, int index, int total) {
        // A worker skips stored runs; the sweep counted them before it started.
    }

    @Override
    public void finished(RunResult result) {
        send(WorkerLine.done(result.id(), ConsoleProgress.outcome(result)));
    }

    @Override
    public void validated(ValidationVerdict verdict, double seconds, int index, int total) {
        send(WorkerLine.verdict(ConsoleValidationProgress.line(verdict, seconds, index, total)));
    }

    @Override
    public void reused(ValidationVerdict verdict, int index, int total) {
        // Stored already: the sweep shows it when it reads the verdicts.
    }

    private void send(WorkerLine line) {
        out.println(line.text());
        out.flush();
    }
}
