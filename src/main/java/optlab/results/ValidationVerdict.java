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
 */
public record ValidationVerdict(Inputs inputs, double maxRelativeLossDifference, double maxParameterDifference,
        long firstFailingStep) {

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
        return firstFailingStep < 0;
    }
}
