package optlab.validate;

import java.util.ArrayList;
import java.util.List;
import optlab.train.Batch;
import optlab.train.DenseParams;
import optlab.train.LockstepTrainer;
import optlab.train.Trainer;

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

    private static List<double[]> widen(List<DenseParams> layers) {
        var tensors = new ArrayList<double[]>();
        for (DenseParams p : layers) {
            tensors.add(LockstepTrainer.widen(p.weights(), p.weights().length));
            tensors.add(LockstepTrainer.widen(p.bias(), p.bias().length));
        }
        return tensors;
    }

    @Override
    public void close() {
        trainer.close();
    }
}
