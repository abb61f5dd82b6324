package optlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import optlab.spec.LayerSpec;
import optlab.spec.ModelLayout;

/**
 * The dropout masks of a run, drawn in Java from its seed and the step number, so that the scratch
 * network and the TensorFlow graph drop the same units at every step and a step's masks are the
 * same whoever asks (lockstep validation, a resumed run). A unit is kept when a uniform draw in
 * [0, 1) is at least the rate, as Keras keeps it, and a kept unit is scaled by 1 / (1 - rate).
 */
public final class DropoutMasks {

    /** Keeps the mask streams apart from the weight and batch-order streams of the same seed. */
    private static final long STREAM = 0xD709_0C75L;
    private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

    private final long seed;
    private final double[] rates;
    private final float[] scales;
    private final int[] units;

    private DropoutMasks(long seed, List<ModelLayout.Stage> dropouts) {
        this.seed = seed ^ STREAM;
        rates = new double[dropouts.size()];
        scales = new float[dropouts.size()];
        units = new int[dropouts.size()];
        for (int j = 0; j < dropouts.size(); j++) {
            rates[j] = ((LayerSpec.Dropout) dropouts.get(j).layer()).rate();
            scales[j] = (float) (1.0 / (1.0 - rates[j]));
            units[j] = dropouts.get(j).inSize();
        }
    }

    public static DropoutMasks of(ModelLayout layout, long seed) {
        return new DropoutMasks(seed, layout.dropouts());
    }

    /** Buffers for batches of up to {@code rows} rows, one per dropout layer. */
    public List<float[]> buffers(int rows) {
        var buffers = new ArrayList<float[]>();
        for (int n : units) {
            buffers.add(new float[rows * n]);
        }
        return buffers;
    }

    /** Fills the first {@code rows} rows of each buffer with the masks of update {@code step} (0-based). */
    public void fill(long step, int rows, List<float[]> buffers) {
        for (int j = 0; j < units.length; j++) {
            var random = new SplittableRandom(seed + step * GOLDEN + j);
            float[] mask = buffers.get(j);
            for (int i = 0; i < rows * units[j]; i++) {
                mask[i] = random.nextDouble() >= rates[j] ? scales[j] : 0f;
            }
        }
    }
}
