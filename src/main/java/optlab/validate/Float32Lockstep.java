package optlab.validate;

import java.util.List;
import optlab.train.Batch;
import optlab.train.LockstepTrainer;
import optlab.train.Trainer;
import optlab.train.Weights;

/**
 * A float32 {@link Trainer} as lockstep validation sees it: the rate is narrowed to float, as
 * {@code TrainingLoop} feeds it, and the results are widened exactly. The arithmetic stays float32.
 */
final class Float32Lockstep implements LockstepTrainer {

    private final Trainer trainer;

    Float32Lockstep(Trainer trainer) {
        this.trainer = trainer;
    }

    @Override
    public double[] step(Batch batch, double learningRate) {
        float[] probabilities = trainer.step(batch, (float) learningRate);
        return LockstepTrainer.widen(probabilities, probabilities.length);
    }

    @Override
    public List<double[]> gradients(Batch batch) {
        return widen(trainer.gradients(batch));
    }

    @Override
    public List<double[]> parameters() {
        return widen(trainer.parameters());
    }

    private static List<double[]> widen(Weights weights) {
        return weights.tensors().stream().map(t -> LockstepTrainer.widen(t.values(), t.values().length)).toList();
    }

    @Override
    public void close() {
        trainer.close();
    }
}
