package optlab.scratch.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keras 3's own optimizer tests, ported: {@code test_single_step} and
 * {@code test_correctness_with_golden} of every {@code keras/src/optimizers/*_test.py}
 * (keras-team/keras 3.16.0, commit 3422977a5e38fb2f7709aaa9a08e47f0c43d0f60), with their inputs,
 * hyperparameters, expected values and tolerances as they are there.
 *
 * <p>A single step: {@code vars = [1, 2, 3, 4]}, one update with {@code grads = [1, 6, 7, 2]},
 * checked with {@code rtol = atol = 1e-4}. A golden test: {@code x = ones(10)}, one update with
 * {@code first_grads = full(10, 0.01)}, then five checks each followed by an update with
 * {@code grads = arange(0.1, 1.1, 0.1)}: the checks are after updates 1 to 5, with
 * {@code rtol = atol = 5e-4}. Closeness is NumPy's: {@code |actual - expected| <= atol + rtol * |expected|}.
 */
public final class KerasTestSuite {

    /** One ported test: the optimizer as a catalog spec, the starting weights, the gradient of each update and the weights expected after them. */
    public record Case(String test, String spec, float[] start, List<float[]> gradients, List<double[]> expected, double tolerance) {

        /** Whether {@code actual} passes Keras' {@code assertAllClose(actual, expected, rtol=tolerance, atol=tolerance)}. */
        public boolean close(double actual, double expected) {
            return Math.abs(actual - expected) <= tolerance + tolerance * Math.abs(expected);
        }

        @Override
        public String toString() {
            return test + " " + spec;
        }
    }

    private static final float[] SINGLE_STEP_START = {1f, 2f, 3f, 4f};
    private static final float[] SINGLE_STEP_GRADIENT = {1f, 6f, 7f, 2f};

    private KerasTestSuite() {
    }

    public static List<Case> cases() {
        return List.of(
                single("sgd_test", "keras-sgd(lr=0.5)", 0.5, -1.0, -0.5, 3.0),
                golden("sgd_test", "keras-sgd(nesterov=1)",
                        row(0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999),
                        row(0.9989, 0.9979, 0.9969, 0.9959, 0.9949, 0.9939, 0.9929, 0.9919, 0.9909, 0.9899),
                        row(0.9979, 0.9959, 0.9939, 0.9919, 0.9899, 0.9879, 0.9859, 0.9839, 0.9819, 0.9799),
                        row(0.9969, 0.9939, 0.9909, 0.9879, 0.9849, 0.9819, 0.9789, 0.9759, 0.9729, 0.9699),
                        row(0.9959, 0.9919, 0.9879, 0.9839, 0.9799, 0.9759, 0.9719, 0.9679, 0.9639, 0.9599)),
                single("rmsprop_test", "keras-rmsprop(lr=0.5)", -0.5811, 0.4189, 1.4189, 2.4189),
                golden("rmsprop_test", "keras-rmsprop(centered=1)", tile(0.9967), tile(0.9933), tile(0.9908), tile(0.9885), tile(0.9864)),
                single("adagrad_test", "keras-adagrad(lr=0.5)", 0.5233, 1.5007, 2.5005, 3.5061),
                golden("adagrad_test", "keras-adagrad(lr=0.2, initial_accumulator_value=0.3, epsilon=1e-6)",
                        row(0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963),
                        row(0.9604, 0.9278, 0.9003, 0.8784, 0.8615, 0.8487, 0.8388, 0.8313, 0.8255, 0.8209),
                        row(0.9251, 0.8629, 0.8137, 0.7768, 0.7497, 0.7298, 0.7151, 0.704, 0.6956, 0.6891),
                        row(0.8903, 0.8012, 0.7342, 0.6862, 0.6521, 0.6277, 0.6099, 0.5967, 0.5867, 0.579),
                        row(0.856, 0.7422, 0.6604, 0.6037, 0.5644, 0.5367, 0.5168, 0.5021, 0.491, 0.4825)),
                single("adadelta_test", "keras-adadelta(lr=0.5)", 0.9993, 1.9993, 2.9993, 3.9993),
                golden("adadelta_test", "keras-adadelta(lr=1.0, rho=0.8, epsilon=1e-6)",
                        tile(0.9978), tile(0.9947), tile(0.9915), tile(0.9882), tile(0.9849)),
                single("adam_test", "keras-adam(lr=0.5)", 0.5, 1.5, 2.5, 3.5),
                golden("adam_test", "keras-adam(amsgrad=1)", tile(0.999), tile(0.9982), tile(0.9974), tile(0.9965), tile(0.9955)),
                single("adamax_test", "keras-adamax(lr=0.5)", 0.5, 1.5, 2.5, 3.5),
                golden("adamax_test", "keras-adamax(lr=0.2, beta_1=0.85, beta_2=0.95, epsilon=1e-6)",
                        row(0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8),
                        row(0.6827, 0.6873, 0.6888, 0.6896, 0.6901, 0.6904, 0.6906, 0.6908, 0.6909, 0.691),
                        row(0.5333, 0.5407, 0.5431, 0.5444, 0.5451, 0.5456, 0.546, 0.5462, 0.5464, 0.5466),
                        row(0.368, 0.3773, 0.3804, 0.382, 0.3829, 0.3835, 0.384, 0.3843, 0.3846, 0.3848),
                        row(0.1933, 0.204, 0.2076, 0.2094, 0.2105, 0.2112, 0.2117, 0.2121, 0.2124, 0.2126)),
                single("nadam_test", "keras-nadam(lr=0.5)", 0.4686, 1.4686, 2.4686, 3.4686),
                golden("nadam_test", "keras-nadam(lr=0.5, beta_1=0.5, beta_2=0.67, epsilon=1e-5)",
                        row(0.4281, 0.4281, 0.4281, 0.4281, 0.4281, 0.4281, 0.4281, 0.4281, 0.4281, 0.4281),
                        row(-0.1738, -0.1731, -0.1726, -0.1723, -0.1721, -0.172, -0.1719, -0.1718, -0.1718, -0.1717),
                        row(-0.7115, -0.7103, -0.7096, -0.7092, -0.709, -0.7088, -0.7086, -0.7085, -0.7085, -0.7084),
                        row(-1.2335, -1.2322, -1.2313, -1.2309, -1.2306, -1.2304, -1.2302, -1.2301, -1.23, -1.2299),
                        row(-1.7492, -1.7478, -1.7469, -1.7464, -1.7461, -1.7459, -1.7457, -1.7456, -1.7455, -1.7454)),
                single("adamw_test", "keras-adamw(lr=0.5)", 0.4980, 1.4960, 2.494, 3.492),
                golden("adamw_test", "keras-adamw(lr=1.0, weight_decay=0.5, epsilon=2)",
                        row(0.4998, 0.4998, 0.4998, 0.4998, 0.4998, 0.4998, 0.4998, 0.4998, 0.4998, 0.4998),
                        row(0.2486, 0.2475, 0.2463, 0.2451, 0.244, 0.2428, 0.2417, 0.2405, 0.2394, 0.2382),
                        row(0.1223, 0.1198, 0.1174, 0.1149, 0.1124, 0.11, 0.1075, 0.1051, 0.1027, 0.1003),
                        row(0.0586, 0.0549, 0.0512, 0.0475, 0.0439, 0.0402, 0.0366, 0.033, 0.0294, 0.0258),
                        row(0.0263, 0.0215, 0.0167, 0.012, 0.0073, 0.0026, -0.0021, -0.0067, -0.0113, -0.0159)));
    }

    private static Case single(String test, String spec, double... expected) {
        return new Case(test + ".test_single_step", spec, SINGLE_STEP_START, List.of(SINGLE_STEP_GRADIENT), List.of(expected), 1e-4);
    }

    /** {@code first_grads} then four {@code grads} updates, each followed by a check (the fifth {@code grads} update of the Python test is never checked). */
    private static Case golden(String test, String spec, double[]... expected) {
        float[] start = new float[10];
        Arrays.fill(start, 1f);
        float[] firstGrads = new float[10];
        Arrays.fill(firstGrads, 0.01f);
        float[] grads = new float[10];
        for (int i = 0; i < 10; i++) {
            grads[i] = (float) (0.1 + i * 0.1);
        }
        var gradients = new ArrayList<float[]>(List.of(firstGrads));
        for (int i = 1; i < expected.length; i++) {
            gradients.add(grads);
        }
        return new Case(test + ".test_correctness_with_golden", spec, start, gradients, List.of(expected), 5e-4);
    }

    private static double[] row(double... values) {
        return values;
    }

    /** {@code np.tile([[value]], (1, 10))}'s row. */
    private static double[] tile(double value) {
        double[] row = new double[10];
        Arrays.fill(row, value);
        return row;
    }
}
