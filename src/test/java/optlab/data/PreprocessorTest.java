package optlab.data;

import static optlab.data.IdxReaderTest.assertFails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import optlab.spec.Preprocessing;
import org.junit.jupiter.api.Test;

class PreprocessorTest {

    @Test
    void pixelStatsAreEachImagesMeanAndSpreadStandardizedOnTheTrainingSplit() {
        // means 127.5, 127.5, 0 and population standard deviations 127.5, 0, 0 (then /255)
        Dataset train = dataset("train", new float[][] {{0, 255}, {127.5f, 127.5f}, {0, 0}}, 1, 0, 1);
        Dataset test = dataset("test", new float[][] {{255, 255}}, 1);

        DataSplits splits = Preprocessor.prepare(train, test, Preprocessing.PIXEL_STATS, 0, 1);

        assertEquals(2, splits.train().features());
        double meanOfMeans = (0.5 + 0.5 + 0) / 3;
        double sdOfMeans = Math.sqrt((2 * Math.pow(0.5 - meanOfMeans, 2) + Math.pow(meanOfMeans, 2)) / 3);
        double meanOfSds = 0.5 / 3;
        double sdOfSds = Math.sqrt((Math.pow(0.5 - meanOfSds, 2) + 2 * Math.pow(meanOfSds, 2)) / 3);
        float[] expected = {(float) ((0.5 - meanOfMeans) / sdOfMeans), (float) ((0.5 - meanOfSds) / sdOfSds),
            (float) ((0.5 - meanOfMeans) / sdOfMeans), (float) (-meanOfSds / sdOfSds),
            (float) (-meanOfMeans / sdOfMeans), (float) (-meanOfSds / sdOfSds)};
        assertArrayEquals(expected, splits.train().x(), 1e-6f);
        assertArrayEquals(new float[] {(float) ((1 - meanOfMeans) / sdOfMeans), (float) (-meanOfSds / sdOfSds)}, splits.test().x(), 1e-6f,
                "the test set takes the training split's statistics");
    }

    @Test
    void scaleDividesEverySplitBy255WithoutTouchingTheInputs() {
        Dataset train = dataset("train", new float[][] {{0, 255}, {51, 102}}, 1, 0);
        Dataset test = dataset("test", new float[][] {{255, 0}}, 1);
        float[] trainBefore = train.x().clone();

        DataSplits splits = Preprocessor.prepare(train, test, Preprocessing.SCALE, 0, 1);

        assertArrayEquals(new float[] {0, 1, 0.2f, 0.4f}, splits.train().x());
        assertArrayEquals(new float[] {1, 0}, splits.test().x());
        assertArrayEquals(new int[] {1, 0}, splits.train().labels());
        assertNull(splits.validation());
        assertFalse(splits.hasValidation());
        assertArrayEquals(trainBefore, train.x());
        assertArrayEquals(new float[] {255, 0}, test.x());
    }

    @Test
    void standardizeUsesTrainingStatisticsForTheTestSet() {
        // Feature 0: train {0, 1} after /255 -> mean 0.5, std 0.5. The test set's own statistics
        // would be mean 1, std 0 and turn both test values into 0; train's turn them into 1.
        // Feature 1: constant 0.2 in train -> std 1, so test's 0.4 maps to 0.2.
        Dataset train = dataset("train", new float[][] {{0, 51}, {255, 51}}, 0, 1);
        Dataset test = dataset("test", new float[][] {{255, 102}, {255, 102}}, 0, 0);

        DataSplits splits = Preprocessor.prepare(train, test, Preprocessing.STANDARDIZE, 0, 1);

        assertArrayEquals(new float[] {-1, 0, 1, 0}, splits.train().x());
        assertArrayEquals(new float[] {1, 0.2f, 1, 0.2f}, splits.test().x(), 1e-6f);
    }

    @Test
    void constantFeaturesNeverBecomeNaN() {
        float[][] rows = new float[1000][];
        Arrays.setAll(rows, i -> new float[] {25.5f, i % 256});
        Dataset train = dataset("train", rows, new int[1000]);

        DataSplits splits = Preprocessor.prepare(train, train.head(3), Preprocessing.STANDARDIZE, 0.1, 3);

        for (Dataset split : new Dataset[] {splits.train(), splits.validation(), splits.test()}) {
            for (int row = 0; row < split.size(); row++) {
                assertEquals(0f, split.x()[row * 2], split.name() + " row " + row);
            }
        }
    }

    @Test
    void standardizedTrainingFeaturesHaveMeanZeroAndStdOne() {
        Dataset train = indexed(100);

        Dataset standardized = Preprocessor.prepare(train, train.head(5), Preprocessing.STANDARDIZE, 0.3, 9).train();

        for (int feature = 0; feature < 2; feature++) {
            double sum = 0;
            double squares = 0;
            for (int row = 0; row < standardized.size(); row++) {
                float v = standardized.x()[row * 2 + feature];
                sum += v;
                squares += v * v;
            }
            assertEquals(0, sum / standardized.size(), 1e-5, "mean of feature " + feature);
            assertEquals(1, squares / standardized.size(), 1e-5, "variance of feature " + feature);
        }
    }

    @Test
    void validationIsASeededDisjointPartOfTheTrainingSet() {
        Dataset train = indexed(100);
        Dataset test = indexed(7);

        DataSplits splits = Preprocessor.prepare(train, test, Preprocessing.SCALE, 0.2, 5);

        assertEquals(80, splits.train().size());
        assertEquals(20, splits.validation().size());
        assertEquals(7, splits.test().size());
        assertEquals("train-validation", splits.validation().name());
        Set<Integer> trainRows = rowIds(splits.train());
        Set<Integer> validationRows = rowIds(splits.validation());
        Set<Integer> all = new HashSet<>(trainRows);
        all.addAll(validationRows);
        assertEquals(100, all.size(), "splits overlap or lose rows");
        assertTrue(validationRows.stream().noneMatch(trainRows::contains));
        assertEquals(validationRows, rowIds(Preprocessor.prepare(train, test, Preprocessing.SCALE, 0.2, 5).validation()));
        assertFalse(validationRows.equals(rowIds(Preprocessor.prepare(train, test, Preprocessing.SCALE, 0.2, 6).validation())));
        assertFalse(validationRows.equals(Set.copyOf(range(80, 100))), "validation is not shuffled");
    }

    @Test
    void labelsTravelWithTheirRows() {
        Dataset train = indexed(50);

        DataSplits splits = Preprocessor.prepare(train, train, Preprocessing.SCALE, 0.5, 11);

        for (Dataset split : new Dataset[] {splits.train(), splits.validation()}) {
            for (int row = 0; row < split.size(); row++) {
                assertEquals(Math.round(split.x()[row * 2] * 255) % 10, split.labels()[row]);
            }
        }
    }

    @Test
    void rejectsBadFractionsAndMismatchedSets() {
        Dataset train = indexed(10);

        assertFails(() -> Preprocessor.prepare(train, train, Preprocessing.SCALE, 1, 0),
                "validation fraction 1.0 is outside [0, 1)");
        assertFails(() -> Preprocessor.prepare(train, train, Preprocessing.SCALE, Double.NaN, 0),
                "validation fraction NaN is outside [0, 1)");
        assertFails(() -> Preprocessor.prepare(train, train, Preprocessing.SCALE, 0.01, 0),
                "validation fraction 0.01 of 10 rows in train leaves an empty split");
        Dataset wide = new Dataset("wide", 1, 3, 10, new float[3], new int[1]);
        assertFails(() -> Preprocessor.prepare(train, wide, Preprocessing.SCALE, 0, 0),
                "dataset wide: 3 features, but train has 2");
    }

    /** {@code n} rows whose features are {row, 255 - row % 256} and whose label is row % 10. */
    private static Dataset indexed(int n) {
        float[][] rows = new float[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = new float[] {i, 255 - i % 256};
            labels[i] = i % 10;
        }
        return dataset("train", rows, labels);
    }

    /** The row ids of a scaled {@link #indexed} split, read back from feature 0. */
    private static Set<Integer> rowIds(Dataset split) {
        Set<Integer> ids = new HashSet<>();
        for (int row = 0; row < split.size(); row++) {
            ids.add(Math.round(split.x()[row * split.features()] * 255));
        }
        return ids;
    }

    private static Set<Integer> range(int from, int to) {
        Set<Integer> values = new HashSet<>();
        for (int i = from; i < to; i++) {
            values.add(i);
        }
        return values;
    }

    private static Dataset dataset(String name, float[][] rows, int... labels) {
        int features = rows[0].length;
        float[] x = new float[rows.length * features];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, x, i * features, features);
        }
        return new Dataset(name, rows.length, features, 10, x, labels);
    }
}
