package optlab.train;

import java.util.ArrayList;
import java.util.SplittableRandom;
import optlab.spec.Init;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;

/**
 * Draws a model's starting weights in Java from the run's seed, so that both trainers start from
 * the same numbers (TensorFlow's own initializers are never used for a compared run). Kernels are
 * drawn in the layout's order from one stream, each row-major, from Keras' uniform limits with
 * Keras' fans (a conv kernel's fan_in is kh*kw*cin, its fan_out kh*kw*cout); biases start at 0, and
 * so does everything under {@link Init#ZEROS}.
 */
public final class InitialWeights {

    /** Keeps the weight stream apart from the batch-order stream drawn from the same seed. */
    private static final long STREAM = 0x57E1_6475L;

    private InitialWeights() {
    }

    public static Weights draw(ModelSpec model, long seed) {
        var random = new SplittableRandom(seed ^ STREAM);
        var tensors = new ArrayList<NamedTensor>();
        for (ModelLayout.TensorSpec t : ModelLayout.of(model).parameters()) {
            float[] values = new float[t.size()];
            if (t.kernel() && model.init() != Init.ZEROS) {
                double limit = model.init() == Init.HE ? Math.sqrt(6.0 / t.fanIn()) : Math.sqrt(6.0 / (t.fanIn() + t.fanOut()));
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) random.nextDouble(-limit, limit);
                }
            }
            tensors.add(new NamedTensor(t.name(), t.shape(), values));
        }
        return new Weights(tensors);
    }
}
