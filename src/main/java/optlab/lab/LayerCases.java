package optlab.lab;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The fixed cases of the layer exercises: ordinary values and the edge cases (zeros, large
 * magnitudes, one element, batch 1), and the smooth cases of the gradient check, whose values stay
 * clear of ReLU's kink at 0 by more than the finite-difference step.
 */
final class LayerCases {

    private LayerCases() {
    }

    static List<LayerCase> of(LayerExercises.Kind kind) {
        return switch (kind) {
            case ACTIVATION -> List.of(
                    activation("mixed values, 0 among them", new float[] {-3f, -1.5f, -0.5f, 0f, 0.25f, 0.75f, 1.5f, 3f}, 1),
                    activation("zeros", new float[5], 2),
                    activation("large magnitudes (±50, ±20, ±10)", new float[] {50f, -50f, 20f, -20f, 10f, -10f}, 3),
                    activation("a single element", new float[] {0.7f}, 4));
            case LOSS -> List.of(
                    loss("batch 4, 3 classes", random(12, 2f, 5), 4, 3, 0, 2, 1, 1),
                    loss("zero logits (a uniform softmax)", new float[8], 2, 4, 3, 0),
                    loss("large logits (±50)", new float[] {50f, -50f, 0f, -50f, 50f, 20f}, 2, 3, 1, 0),
                    loss("very large logits (±100: e^z overflows float32)", new float[] {100f, -100f, 0f, 0f, 100f, -100f}, 2, 3, 1, 1),
                    loss("huge logits (±1000: e^z overflows float64)", new float[] {1000f, -1000f, -1000f, 1000f}, 2, 2, 1, 1),
                    loss("batch 1, 5 classes", random(5, 2f, 6), 1, 5, 2));
            case DENSE -> List.of(
                    dense("batch 3, in 4, out 2", random(12, 1f, 7), random(8, 1f, 8), random(2, 1f, 9), 3, 4, 2, 10),
                    dense("zero inputs", new float[6], random(6, 1f, 11), random(2, 1f, 12), 2, 3, 2, 13),
                    dense("batch 1 (in 5, out 3)", random(5, 1f, 14), random(15, 1f, 15), random(3, 1f, 16), 1, 5, 3, 17),
                    dense("a single element (1 x 1 to 1)", new float[] {0.5f}, new float[] {-1.5f}, new float[] {0.25f}, 1, 1, 1, 18),
                    dense("large values (±50)", random(4, 50f, 19), random(6, 50f, 20), random(3, 50f, 21), 2, 2, 3, 22));
        };
    }

    /** The cases of the finite-difference stage: smooth, every input element at least 0.2 from 0. */
    static List<LayerCase> smooth(LayerExercises.Kind kind) {
        return switch (kind) {
            case ACTIVATION -> List.of(activation("smooth values (finite differences)", awayFromZero(8, 31), 32));
            case LOSS -> List.of(loss("batch 3, 4 classes (finite differences)", random(12, 2f, 33), 3, 4, 1, 3, 0));
            case DENSE -> List.of(dense("batch 2, in 3, out 2 (finite differences)", awayFromZero(6, 34), awayFromZero(6, 35), awayFromZero(2, 36),
                    2, 3, 2, 37));
        };
    }

    private static LayerCase activation(String name, float[] x, long seed) {
        return new LayerCase(name, List.of(new LayerArray("x", new int[] {x.length}, x)), new LayerArray("gradY", new int[] {x.length}, random(x.length, 1f, seed)));
    }

    /** {@code classes} per row: the one-hot label of every row. */
    private static LayerCase loss(String name, float[] logits, int batch, int classes, int... labels) {
        float[] t = new float[batch * classes];
        for (int i = 0; i < batch; i++) {
            t[i * classes + labels[i]] = 1f;
        }
        int[] shape = {batch, classes};
        return new LayerCase(name, List.of(new LayerArray("logits", shape, logits), new LayerArray("labels", shape, t)), null);
    }

    private static LayerCase dense(String name, float[] x, float[] w, float[] b, int batch, int in, int out, long seed) {
        return new LayerCase(name, List.of(new LayerArray("x", new int[] {batch, in}, x), new LayerArray("W", new int[] {in, out}, w),
                new LayerArray("b", new int[] {out}, b)), new LayerArray("gradY", new int[] {batch, out}, random(batch * out, 1f, seed)));
    }

    private static float[] random(int size, float scale, long seed) {
        var random = new SplittableRandom(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) (scale * random.nextDouble(-1, 1));
        }
        return values;
    }

    private static float[] awayFromZero(int size, long seed) {
        var random = new SplittableRandom(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) ((random.nextBoolean() ? 1 : -1) * random.nextDouble(0.2, 2));
        }
        return values;
    }
}
