package optlab.validate;

import java.util.List;

/**
 * One optimizer's lockstep comparison: every step, plus the gradients of the first batch.
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

    public double maxRelativeLossDifference() {
        return steps.stream().mapToDouble(StepDifference::relativeLossDifference).max().orElse(0);
    }

    public double maxParameterDifference() {
        return steps.stream().mapToDouble(StepDifference::maxParameterDifference).max().orElse(0);
    }

    /** The first step outside the tolerance, or -1 when every step is within it. */
    public long firstFailingStep() {
        return steps.stream().filter(s -> !s.within(tolerance, learningRate)).mapToLong(StepDifference::step).findFirst().orElse(-1);
    }

    public boolean passed() {
        return firstFailingStep() < 0;
    }
}
