package optlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import optlab.spec.Init;
import optlab.spec.ModelSpec;

/**
 * Draws a model's starting weights in Java from the run's seed, so that both trainers start from
 * the same numbers (TensorFlow's own initializers are never used for a compared run).
 */
public final class InitialWeights {

    /** Keeps the weight stream apart from the batch-order stream drawn from the same seed. */
    private static final long STREAM = 0x57E1_6475L;

    private InitialWeights() {
    }

    public static List<DenseParams> draw(ModelSpec model, long seed) {
        var random = new SplittableRandom(seed ^ STREAM);
        var layers = new ArrayList<DenseParams>();
        for (int l = 0; l < model.depth(); l++) {
            int in = model.layers().get(l);
            int out = model.layers().get(l + 1);
            double limit = model.init() == Init.HE ? Math.sqrt(6.0 / in) : Math.sqrt(6.0 / (in + out));
            float[] w = new float[in * out];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) random.nextDouble(-limit, limit);
            }
            layers.add(new DenseParams(in, out, w, new float[out]));
        }
        return List.copyOf(layers);
    }
}
