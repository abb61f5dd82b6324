package optlab.cli;

import java.io.PrintStream;
import java.util.Locale;
import optlab.results.RunResult;
import optlab.run.ExperimentRunner;
import optlab.spec.ExperimentSpec;
import optlab.spec.RunSpec;
import optlab.train.EpochStats;
import optlab.train.TrainingListener;

/**
 * Shows training on the console as Keras does, in 80 columns: the run's full label once, a line per
 * finished epoch (epoch, the epoch's mean training loss and accuracy, test loss and accuracy, time,
 * the run's ETA), the study's ETA when a run is done and, on a terminal, a live line redrawn during
 * the epoch with both ETAs.
 * Piped to a file or a CI log it writes the epoch lines only, with no control characters.
 *
 * <p>The study's ETA assumes the runs still to come take as long as this one: rough when runs differ,
 * and never more than a guess.
 */
final class ConsoleProgress implements ExperimentRunner.Events {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final ExperimentSpec experiment;
    private final PrintStream out;
    private final boolean terminal;
    /** The study's ETA as of the last finished epoch, for the run's closing line. */
    private double studyEta = Double.NaN;

    ConsoleProgress(ExperimentSpec experiment, PrintStream out) {
        this(experiment, out, System.console() != null);
    }

    ConsoleProgress(ExperimentSpec experiment, PrintStream out, boolean terminal) {
        this.experiment = experiment;
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public TrainingListener starting(RunSpec run, int index, int total) {
        out.printf(Locale.ROOT, "[%d/%d] %s%n", index, total, label(run));
        int runsAfter = total - index;
        var pace = new RunPace();
        return new TrainingListener() {
            private long lastDrawn;

            @Override
            public void onStart(int epochs, int stepsPerEpoch) {
                pace.start(epochs, stepsPerEpoch);
            }

            @Override
            public void onStep(int epoch, long step, double loss) {
                pace.step(loss);
                long now = System.nanoTime();
                if (terminal && now - lastDrawn > REDRAW_NANOS) {
                    lastDrawn = now;
                    double done = pace.done(step);
                    double runEta = pace.remaining(done);
                    out.print("\r" + pad(ProgressLine.live(epoch, pace.epochs(), pace.inEpoch(epoch, step), pace.meanLoss(), runEta,
                            study(runEta, done))));
                    out.flush();
                }
            }

            @Override
            public void onEpoch(EpochStats e) {
                double done = (double) e.epoch() / pace.epochs();
                double runEta = pace.remaining(done);
                String line = ProgressLine.epoch(e, pace.epochs(), runEta);
                studyEta = study(runEta, done);
                out.println(terminal ? "\r" + pad(line) : line);
                pace.epochEnded();
            }

            /** Seconds left in the study: this run's rest, and each run after it as long as this one. */
            private double study(double runEta, double done) {
                double whole = done > 0 ? pace.elapsed() / done : Double.NaN;
                return runEta + runsAfter * whole;
            }
        };
    }

    private static String pad(String line) {
        return line + " ".repeat(Math.max(0, ProgressLine.WIDTH - line.length()));
    }

    @Override
    public void reused(RunSpec run, int index, int total) {
        out.printf(Locale.ROOT, "[%d/%d] %s: already in the results store, not trained again%n", index, total, label(run));
    }

    private String label(RunSpec run) {
        return label(experiment, run);
    }

    /** "activation=tanh · sgd(lr=0.01) · scratch · seed 43", the seed only when the experiment has several. */
    static String label(ExperimentSpec experiment, RunSpec run) {
        return experiment.configuration(run) + " · " + run.implementation().id()
                + (experiment.repeats() > 1 || run.seed() != experiment.seed() ? " · seed " + run.seed() : "");
    }

    @Override
    public void finished(RunResult result) {
        out.println("  " + outcome(result) + (!result.diverged() && studyEta > 0.5 ? ", study ETA " + ProgressLine.duration(studyEta) : ""));
    }

    /** "done: test accuracy 0.9507, test loss 0.1711, 0.81 s/epoch", or where the run diverged. */
    static String outcome(RunResult result) {
        if (result.diverged()) {
            return String.format(Locale.ROOT, "diverged at epoch %d, step %d (loss %s)",
                    result.divergence().epoch(), result.divergence().step(), result.divergence().loss());
        }
        var last = result.history().last();
        return String.format(Locale.ROOT, "done: test accuracy %.4f, test loss %.4f, %.2f s/epoch", last.testAccuracy(), last.testLoss(),
                result.history().secondsPerEpoch());
    }
}
