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
        var pace = new RunPace();
        return new TrainingListener() {
            private long lastSent;

            @Override
            public void onStart(int epochs, int stepsPerEpoch) {
                pace.start(epochs, stepsPerEpoch);
            }

            @Override
            public void onStep(int epoch, long step, double loss) {
                pace.step(loss);
                long now = System.nanoTime();
                if (now - lastSent > LIVE_NANOS) {
                    lastSent = now;
                    double done = pace.done(step);
                    send(WorkerLine.live(run.id(), new WorkerLine.Live(epoch, pace.epochs(), pace.inEpoch(epoch, step), done, pace.meanLoss(),
                            pace.remaining(done))));
                }
            }

            @Override
            public void onEpoch(EpochStats e) {
                int epochs = pace.epochs();
                send(WorkerLine.epoch(run.id(), ProgressLine.epoch(e, epochs, pace.remaining((double) e.epoch() / epochs)).strip()));
                pace.epochEnded();
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
