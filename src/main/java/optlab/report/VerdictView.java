package optlab.report;

import optlab.results.ValidationVerdict;
import optlab.validate.Tolerance;

/**
 * A lockstep verdict as the page shows it, or why there is none.
 *
 * @param status {@code pass}, {@code fail} or {@code none}: the style of the verdict
 * @param details what the verdict rests on, in words, for the formula sheet
 */
record VerdictView(String verdict, String status, String maxRelativeLossDifference, String maxParameterDifference,
        String firstFailingStep, String details) {

    static final VerdictView NO_TWIN = none("no TensorFlow twin", "this textbook form runs on the scratch network only");
    static final VerdictView NOT_VALIDATED = none("not validated", "the results store holds no verdict for it");

    /** @param verdict null when none was stored */
    static VerdictView of(boolean twin, ValidationVerdict verdict) {
        if (!twin) {
            return NO_TWIN;
        }
        if (verdict == null) {
            return NOT_VALIDATED;
        }
        var in = verdict.inputs();
        String numbers = "max relative loss difference " + Format.sci(verdict.maxRelativeLossDifference())
                + " (tolerance " + Format.sci(in.relativeLossTolerance()) + "), max parameter difference "
                + Format.sci(verdict.maxParameterDifference()) + " (tolerance " + in.parameterTolerance() + " × lr = "
                + Format.sci(in.parameterTolerance() * in.optimizer().learningRate()) + ", ramped over the first " + Tolerance.RAMP_STEPS + " updates)";
        String details = verdict.passed()
                ? in.steps() + " lockstep updates against TensorFlow in " + in.precision().id() + ", every one within rounding: " + numbers
                : verdict.diverged()
                ? "both sides diverged at update " + verdict.divergedAt() + " of " + in.steps() + " in " + in.precision().id()
                        + ", so the rule is not validated; the updates before it: " + numbers
                : "update " + verdict.firstFailingStep() + " of " + in.steps() + " in " + in.precision().id() + " was the first outside the tolerance: " + numbers;
        return new VerdictView(verdict.outcome(), verdict.passed() ? "pass" : verdict.diverged() ? "none" : "fail",
                Format.sci(verdict.maxRelativeLossDifference()), Format.sci(verdict.maxParameterDifference()),
                verdict.firstFailingStep() < 0 ? Format.MISSING : String.valueOf(verdict.firstFailingStep()), details);
    }

    private static VerdictView none(String verdict, String details) {
        return new VerdictView(verdict, "none", Format.MISSING, Format.MISSING, Format.MISSING, details);
    }
}
