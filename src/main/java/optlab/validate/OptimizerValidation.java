package optlab.validate;

import java.util.List;
import optlab.results.ValidationVerdict;

/**
 * One optimizer's lockstep comparison: every step, plus the gradients of the first batch. A run
 * whose losses become NaN or infinite on both sides has diverged: the steps before that are
 * compared, and it is "not validated", never a rule failure. One side finite and the other not is a
 * mismatch, and fails.
 *
 * @param maxGradientDifference largest |scratch - tensorflow| of any gradient element on the first batch
 * @param maxGradient largest |tensorflow| gradient element there, the scale of the difference
 * @param learningRate the optimizer's initial learning rate, the unit of the weight tolerance
 */
public record OptimizerValidation(String optimizer, List<StepDifference> steps, double maxGradientDifference,
        double maxGradient, Tolerance tolerance, double learningRate) {

    public OptimizerValidation {
        steps = List.copyOf(steps);
    }

    /** The first update whose losses are NaN or infinite on both sides, or 0 when the run never diverged. */
    public long divergedAt() {
        return steps.stream().filter(StepDifference::diverged).mapToLong(StepDifference::step).findFirst().orElse(0);
    }

    /** The steps before the divergence, if any: the ones that compare the rules. */
    private List<StepDifference> compared() {
        long diverged = divergedAt();
        return diverged == 0 ? steps : steps.stream().filter(s -> s.step() < diverged).toList();
    }

    public double maxRelativeLossDifference() {
        return compared().stream().mapToDouble(StepDifference::relativeLossDifference).max().orElse(0);
    }

    public double maxParameterDifference() {
        return compared().stream().mapToDouble(StepDifference::maxParameterDifference).max().orElse(0);
    }

    /** The first compared step outside the tolerance, or -1 when every one is within it. */
    public long firstFailingStep() {
        return compared().stream().filter(s -> !s.within(tolerance, learningRate)).mapToLong(StepDifference::step).findFirst().orElse(-1);
    }

    public boolean passed() {
        return firstFailingStep() < 0 && divergedAt() == 0;
    }

    /** "pass", "FAIL" or "not validated: diverged at update k". */
    public String outcome() {
        return ValidationVerdict.outcome(firstFailingStep(), divergedAt());
    }
}
