package optlab.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import optlab.results.RunResult;
import optlab.run.ExperimentRunner;
import optlab.spec.ExperimentSpec;
import optlab.spec.RunSpec;
import optlab.train.EpochStats;
import optlab.train.TrainingListener;

/**
 * Shows training on the console: on a terminal a progress bar per run (epoch, loss, ETA); when
 * output goes to a file or CI log, one line per epoch instead of a redrawn bar.
 */
final class ConsoleProgress implements ExperimentRunner.Events {

    private final ExperimentSpec experiment;
    private final PrintStream out;
    private final boolean terminal;
    private ProgressBar bar;

    ConsoleProgress(ExperimentSpec experiment, PrintStream out) {
        this.experiment = experiment;
        this.out = out;
        this.terminal = System.console() != null;
    }

    @Override
    public TrainingListener starting(RunSpec run, int index, int total) {
        String name = String.format(Locale.ROOT, "[%d/%d] %s", index, total, label(run));
        if (!terminal) {
            out.println(name);
        }
        return new TrainingListener() {
            private int epochs;

            @Override
            public void onStart(int epochs, int stepsPerEpoch) {
                this.epochs = epochs;
                if (terminal) {
                    bar = new ProgressBarBuilder().setTaskName(name).setInitialMax((long) epochs * stepsPerEpoch)
                            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                            .setConsumer(new ConsoleProgressBarConsumer(out)).build();
                }
            }

            @Override
            public void onStep(int epoch, long step, double loss) {
                if (bar != null) {
                    bar.stepTo(step);
                    if (step % 50 == 0) {
                        bar.setExtraMessage(String.format(Locale.ROOT, " epoch %d/%d loss %.4f", epoch, epochs, loss));
                    }
                }
            }

            @Override
            public void onEpoch(EpochStats e) {
                if (!terminal) {
                    out.printf(Locale.ROOT, "  epoch %2d/%d  train loss %.4f acc %.4f  test loss %.4f acc %.4f  %.1f s%n",
                            e.epoch(), epochs, e.trainLoss(), e.trainAccuracy(), e.testLoss(), e.testAccuracy(), e.seconds());
                }
            }
        };
    }

    @Override
    public void reused(RunSpec run, int index, int total) {
        out.printf(Locale.ROOT, "[%d/%d] %s: already in the results store, not trained again%n", index, total, label(run));
    }

    /** "activation=tanh · sgd(lr=0.01) · scratch · seed 43", the seed only when the experiment has several. */
    private String label(RunSpec run) {
        return experiment.configuration(run) + " · " + run.implementation().id()
                + (experiment.repeats() > 1 || run.seed() != experiment.seed() ? " · seed " + run.seed() : "");
    }

    @Override
    public void finished(RunResult result) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        if (result.diverged()) {
            out.printf(Locale.ROOT, "  diverged at epoch %d, step %d (loss %s)%n",
                    result.divergence().epoch(), result.divergence().step(), result.divergence().loss());
        } else {
            var last = result.history().last();
            out.printf(Locale.ROOT, "  done: test accuracy %.4f, test loss %.4f, %.2f s/epoch%n",
                    last.testAccuracy(), last.testLoss(), result.history().secondsPerEpoch());
        }
    }
}
