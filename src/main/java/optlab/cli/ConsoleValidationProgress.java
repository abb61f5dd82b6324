package optlab.cli;

import java.io.PrintStream;
import java.util.Locale;
import optlab.results.ValidationVerdict;
import optlab.run.ValidationRunner;

/**
 * One console line per lockstep validation (200 float64 updates against TensorFlow): its verdict, the largest relative loss and
 * weight differences, what it cost, or that the stored one was reused.
 */
final class ConsoleValidationProgress implements ValidationRunner.Events {

    private final PrintStream out;

    ConsoleValidationProgress(PrintStream out) {
        this.out = out;
    }

    /** "lockstep [1/2] pass  loss 4.0e-16  w 5.5e-17  1.1 s  sgd(lr=0.01) · 784-128-10 relu", cut to 80 columns. */
    @Override
    public void validated(ValidationVerdict verdict, double seconds, int index, int total) {
        out.println(ProgressLine.fit(line(verdict, seconds, index, total)));
    }

    static String line(ValidationVerdict verdict, double seconds, int index, int total) {
        return String.format(Locale.ROOT, "lockstep [%d/%d] %s  loss %.1e  w %.1e  %s  %s", index, total, outcome(verdict),
                verdict.maxRelativeLossDifference(), verdict.maxParameterDifference(), ProgressLine.seconds(seconds), label(verdict));
    }

    @Override
    public void reused(ValidationVerdict verdict, int index, int total) {
        out.println(ProgressLine.fit(String.format(Locale.ROOT, "lockstep [%d/%d] %s  (stored)  %s", index, total, outcome(verdict),
                label(verdict))));
    }

    private static String outcome(ValidationVerdict verdict) {
        return verdict.firstFailingStep() >= 0 ? "FAIL at step " + verdict.firstFailingStep() : verdict.outcome();
    }

    /** "sgd(lr=0.01) · 784-128-10 relu, mse": a study validates each of its models; the optimizer first, as a cut line keeps it. */
    private static String label(ValidationVerdict verdict) {
        return verdict.inputs().optimizer().label() + " · " + verdict.inputs().model().label();
    }
}
