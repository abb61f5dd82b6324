package optlab.validate;

/**
 * One lockstep update compared.
 *
 * @param step 1-based update number
 * @param scratchLoss the batch loss before this update, from the scratch network's probabilities
 * @param tensorflowLoss the same from TensorFlow's
 * @param maxParameterDifference largest |scratch - tensorflow| of any weight or bias after this update
 */
public record StepDifference(long step, double learningRate, double scratchLoss, double tensorflowLoss, double maxParameterDifference) {

    public double absoluteLossDifference() {
        return Math.abs(scratchLoss - tensorflowLoss);
    }

    public double relativeLossDifference() {
        return absoluteLossDifference() / Math.abs(tensorflowLoss);
    }

    /** Both sides' losses are NaN or infinite: the run diverged, on both implementations alike. */
    public boolean diverged() {
        return !Double.isFinite(scratchLoss) && !Double.isFinite(tensorflowLoss);
    }

    boolean within(Tolerance tolerance, double learningRate) {
        return relativeLossDifference() <= tolerance.relativeLoss() && maxParameterDifference <= tolerance.parameterAt(learningRate, step);
    }
}
