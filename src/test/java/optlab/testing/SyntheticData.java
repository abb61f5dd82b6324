package optlab.testing;

import java.util.SplittableRandom;
import optlab.data.Dataset;

/** Small seeded data sets for trainer tests: fast, separable enough to learn, never MNIST. */
public final class SyntheticData {

    private SyntheticData() {
    }

    /** 200 rows of {@code features} non-negative features in 3 classes; class c lifts every third feature from c. */
    public static Dataset threeClasses(int features) {
        var random = new SplittableRandom(8);
        int rows = 200;
        float[] x = new float[rows * features];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = r % 3;
            for (int f = 0; f < features; f++) {
                x[r * features + f] = (float) Math.max(0, random.nextGaussian() * 0.5 + (f % 3 == y[r] ? 1 : 0));
            }
        }
        return new Dataset("synthetic", rows, features, 3, x, y);
    }

    /**
     * {@code rows} rows of {@code features} Gaussian features (sd 0.5) in 3 classes; class c adds
     * {@code lift} to feature c.
     */
    public static Dataset clusters(int rows, int features, long seed, double lift) {
        var random = new SplittableRandom(seed);
        float[] x = new float[rows * features];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = r % 3;
            for (int f = 0; f < features; f++) {
                x[r * features + f] = (float) (random.nextGaussian() * 0.5 + (f == y[r] ? lift : 0));
            }
        }
        return new Dataset("synthetic", rows, features, 3, x, y);
    }
}
