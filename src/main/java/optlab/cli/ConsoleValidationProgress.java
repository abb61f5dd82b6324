package optlab.cli;

import java.io.PrintStream;
import java.util.Locale;
import optlab.results.ValidationVerdict;
import optlab.run.ValidationRunner;

/** One console line per lockstep validation: its verdict, what it cost, or that the stored one was reused. */
final class ConsoleValidationProgress implements ValidationRunner.Events {

    private final PrintStream out;

    ConsoleValidationProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void validated(ValidationVerdict verdict, double seconds, int index, int total) {
        out.printf(Locale.ROOT, "validate [%d/%d] %s: %s, %d lockstep updates against TensorFlow in %.1f s "
                        + "(max rel loss diff %.2e, max param diff %.2e)%n",
                index, total, label(verdict), outcome(verdict), verdict.inputs().steps(), seconds,
                verdict.maxRelativeLossDifference(), verdict.maxParameterDifference());
    }

    @Override
    public void reused(ValidationVerdict verdict, int index, int total) {
        out.printf(Locale.ROOT, "validate [%d/%d] %s: %s, already in the results store, not validated again%n",
                index, total, label(verdict), outcome(verdict));
    }

    private static String outcome(ValidationVerdict verdict) {
        return verdict.firstFailingStep() >= 0 ? "FAIL at step " + verdict.firstFailingStep() : verdict.outcome();
    }

    /** "784-128-10 relu, mse · sgd(lr=0.01)": a study validates each of its models. */
    private static String label(ValidationVerdict verdict) {
        return verdict.inputs().model().label() + " · " + verdict.inputs().optimizer().label();
    }
}
