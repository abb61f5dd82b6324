package optlab.results;

import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.spec.Precision;
import optlab.spec.Preprocessing;
import optlab.spec.SpecHash;

/**
 * One optimizer's lockstep validation against TensorFlow as stored: what it ran on and what it found.
 *
 * @param maxRelativeLossDifference largest |scratch - tensorflow| / |tensorflow| of a batch loss
 * @param maxParameterDifference largest |scratch - tensorflow| of any weight after an update
 * @param firstFailingStep the first update outside the tolerance, or -1 when every update is within it
 * @param divergedAt the first update whose losses were NaN or infinite on both sides, or 0 (also in
 *     verdicts stored before this field existed) when the run never diverged: such a rule is not validated
 */
public record ValidationVerdict(Inputs inputs, double maxRelativeLossDifference, double maxParameterDifference,
        long firstFailingStep, long divergedAt) {

    public ValidationVerdict(Inputs inputs, double maxRelativeLossDifference, double maxParameterDifference, long firstFailingStep) {
        this(inputs, maxRelativeLossDifference, maxParameterDifference, firstFailingStep, 0);
    }

    /**
     * Everything the verdict depends on: a stored verdict with equal inputs is not computed again.
     *
     * @param parameterTolerance in units of the optimizer's learning rate
     */
    public record Inputs(String dataset, ModelSpec model, Preprocessing preprocessing, double validationFraction,
            int batchSize, long seed, int steps, Precision precision, double relativeLossTolerance, double parameterTolerance,
            OptimizerSpec optimizer) {

        /** The optimizer's id, then a hash of every input: "sgd-lr-0.01-3c9d0e1f2a". */
        public String id() {
            return optimizer.id() + "-" + SpecHash.of(this);
        }
    }

    public boolean passed() {
        return firstFailingStep < 0 && divergedAt == 0;
    }

    public boolean diverged() {
        return firstFailingStep < 0 && divergedAt > 0;
    }

    public String outcome() {
        return outcome(firstFailingStep, divergedAt);
    }

    /** "FAIL" when a compared update was outside the tolerance, else "not validated: diverged at update k" or "pass". */
    public static String outcome(long firstFailingStep, long divergedAt) {
        return firstFailingStep >= 0 ? "FAIL" : divergedAt > 0 ? "not validated: diverged at update " + divergedAt : "pass";
    }
}
