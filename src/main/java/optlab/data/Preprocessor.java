package optlab.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import optlab.spec.Preprocessing;

/**
 * Splits off a validation set and scales the inputs; the inputs are never modified.
 *
 * <ol>
 *   <li>Validation split: {@code round(train.size * validationFraction)} training rows, chosen by a
 *       Fisher-Yates shuffle of the row indices with {@code new SplittableRandom(seed)}, become the
 *       validation set (named {@code <train name>-validation}); the rest stay the training set. Both
 *       keep the rows' original relative order. The test set is never touched by the split.</li>
 *   <li>{@link Preprocessing#SCALE}: every value is divided by 255.</li>
 *   <li>{@link Preprocessing#STANDARDIZE}: after dividing by 255, each feature is shifted by its
 *       mean and divided by its population standard deviation, both computed over the remaining
 *       training rows only and applied unchanged to the validation and test sets. A feature that is
 *       constant over those rows gets standard deviation 1, so it maps to exactly 0 there (never
 *       NaN) and to its difference from that constant elsewhere.</li>
 *   <li>{@link Preprocessing#PIXEL_STATS}: each image becomes two features, the mean and the population
 *       standard deviation of its pixels, which are then standardized as above.</li>
 * </ol>
 */
public final class Preprocessor {
    private Preprocessor() {
    }

    /** @param validationFraction share of the training rows to hold out, in {@code [0, 1)}; 0 means no validation set */
    public static DataSplits prepare(Dataset train, Dataset test, Preprocessing preprocessing,
                                     double validationFraction, long seed) {
        checkCompatible(train, test);
        if (preprocessing == null) {
            throw new DataException("preprocessing must be given (scale or standardize)");
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new DataException("validation fraction " + validationFraction + " is outside [0, 1)");
        }
        int validationSize = (int) Math.round(train.size() * validationFraction);
        if (validationFraction > 0 && (validationSize == 0 || validationSize == train.size())) {
            throw new DataException("validation fraction " + validationFraction + " of " + train.size()
                    + " rows in " + train.name() + " leaves an empty split");
        }

        Dataset fit = train;
        Dataset validation = null;
        if (validationSize > 0) {
            int[] shuffled = shuffledIndices(train.size(), seed);
            int[] heldOut = sorted(Arrays.copyOfRange(shuffled, 0, validationSize));
            int[] kept = sorted(Arrays.copyOfRange(shuffled, validationSize, shuffled.length));
            Dataset selected = train.rows(heldOut);
            validation = new Dataset(train.name() + "-validation", selected.size(), selected.features(),
                    selected.classes(), selected.x(), selected.labels());
            fit = train.rows(kept);
        }

        return switch (preprocessing) {
            case SCALE -> new DataSplits(scaled(fit), validation == null ? null : scaled(validation), scaled(test));
            case STANDARDIZE -> standardized(fit, validation, test);
            case PIXEL_STATS -> standardized(PixelStatistics.of(fit), validation == null ? null : PixelStatistics.of(validation),
                    PixelStatistics.of(test));
        };
    }

    private static void checkCompatible(Dataset train, Dataset test) {
        if (train.features() != test.features()) {
            throw new DataException("dataset " + test.name() + ": " + test.features() + " features, but "
                    + train.name() + " has " + train.features());
        }
        if (train.classes() != test.classes()) {
            throw new DataException("dataset " + test.name() + ": " + test.classes() + " classes, but "
                    + train.name() + " has " + train.classes());
        }
        if (train.size() == 0) {
            throw new DataException("dataset " + train.name() + " is empty");
        }
    }

    private static int[] shuffledIndices(int size, long seed) {
        int[] indices = new int[size];
        Arrays.setAll(indices, i -> i);
        FisherYates.shuffle(indices, new SplittableRandom(seed));
        return indices;
    }

    private static int[] sorted(int[] indices) {
        Arrays.sort(indices);
        return indices;
    }

    private static Dataset scaled(Dataset data) {
        float[] source = data.x();
        float[] x = new float[source.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = scale(source[i]);
        }
        return withX(data, x);
    }

    private static float scale(float raw) {
        return raw / 255f;
    }

    private static DataSplits standardized(Dataset fit, Dataset validation, Dataset test) {
        FeatureStatistics stats = FeatureStatistics.ofScaled(fit);
        return new DataSplits(
                stats.scaleAndStandardize(fit),
                validation == null ? null : stats.scaleAndStandardize(validation),
                stats.scaleAndStandardize(test));
    }

    private static Dataset withX(Dataset data, float[] x) {
        return new Dataset(data.name(), data.size(), data.features(), data.classes(), x, data.labels());
    }

    /**
     * Per-feature mean and standard deviation (1 for constant features) of a dataset's scaled values.
     * Scaling happens on the fly, so standardizing needs no intermediate copy of the data.
     */
    private record FeatureStatistics(double[] mean, double[] std) {

        static FeatureStatistics ofScaled(Dataset data) {
            int features = data.features();
            float[] x = data.x();
            double[] mean = new double[features];
            for (int row = 0, i = 0; row < data.size(); row++) {
                for (int j = 0; j < features; j++, i++) {
                    mean[j] += scale(x[i]);
                }
            }
            for (int j = 0; j < features; j++) {
                mean[j] /= data.size();
            }
            double[] squaredDeviations = new double[features];
            for (int row = 0, i = 0; row < data.size(); row++) {
                for (int j = 0; j < features; j++, i++) {
                    double d = scale(x[i]) - mean[j];
                    squaredDeviations[j] += d * d;
                }
            }
            double[] std = new double[features];
            for (int j = 0; j < features; j++) {
                // Exact for a constant feature: sums of fewer than 2^29 equal floats are exact in a
                // double, so its mean is the constant and its squared deviations exactly 0.
                std[j] = squaredDeviations[j] == 0 ? 1 : Math.sqrt(squaredDeviations[j] / data.size());
            }
            return new FeatureStatistics(mean, std);
        }

        Dataset scaleAndStandardize(Dataset data) {
            int features = data.features();
            float[] source = data.x();
            float[] x = new float[source.length];
            for (int row = 0, i = 0; row < data.size(); row++) {
                for (int j = 0; j < features; j++, i++) {
                    x[i] = (float) ((scale(source[i]) - mean[j]) / std[j]);
                }
            }
            return withX(data, x);
        }
    }
}
