package optlab.landscape;

import optlab.data.Dataset;
import optlab.metrics.LossAccuracy;
import optlab.spec.ModelLayout;
import optlab.train.Trainer;
import optlab.train.Weights;

/**
 * The training loss at any weights: loads them into a trainer and scores its forward pass over the
 * whole training split through the shared metrics code, as every reported loss is scored.
 */
public final class LossProbe {

    private final Trainer trainer;
    private final ModelLayout layout;
    private final Dataset train;

    public LossProbe(Trainer trainer, ModelLayout layout, Dataset train) {
        this.trainer = trainer;
        this.layout = layout;
        this.train = train;
    }

    /** The mean cross-entropy of the training split at {@code weights} (flat, in the layout's order). */
    public double loss(float[] weights) {
        trainer.load(Weights.of(layout, weights));
        return LossAccuracy.loss(trainer.predict(train.x(), train.size()), train.labels());
    }
}
