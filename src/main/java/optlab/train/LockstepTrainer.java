package optlab.train;

import java.util.List;

/**
 * A trainer as lockstep validation drives it: the learning rate goes in and probabilities,
 * gradients and weights come out in double, so that one loop compares the two implementations in
 * either precision. The float64 trainers compute in double; a float32 {@link Trainer} is seen
 * through a view that narrows the rate to float and widens its results exactly. Training uses
 * {@link Trainer} alone.
 */
public interface LockstepTrainer extends AutoCloseable {

    /** {@link Trainer#step} in double: the batch's probabilities before the update, row-major. */
    double[] step(Batch batch, double learningRate);

    /** {@link Trainer#gradients} in double, tensor by tensor in the model's order. */
    List<double[]> gradients(Batch batch);

    /** The current weights in double, tensor by tensor in the model's order. */
    List<double[]> parameters();

    @Override
    void close();

    /** Float32 values widened exactly, e.g. a batch's features for a float64 network. */
    static double[] widen(float[] values, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
