package optlab.tf.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import optlab.scratch.optim.ReferenceVectors;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The TensorFlow trainer's optimizers on the reference problem var = [1, 2], loss = sum(var * g),
 * each built through the catalog and {@link TfOptimizers}: they reproduce the TensorFlow Java
 * vectors bit for bit; Adam and Adamax give the intended (sequenced) answer on every run, where
 * TF Java's own classes race on their step counters; nadam is a correct Nadam (real step t).
 */
class TfOptimizerVectorsTest {

    /** The first nadam run of each reference case, to show that repeated runs are bit-identical. */
    private static final Map<String, List<float[]>> FIRST_NADAM_RUNS = new ConcurrentHashMap<>();

    @Test
    void everyTensorFlowNamedOptimizerIsBuilt() {
        for (String name : OptimizerCatalog.tensorflowNames()) {
            run(OptimizerCatalog.parse(name), 1);
        }
    }

    @Test
    void gradientDescentMatchesReference() {
        for (ReferenceVectors.Case c : ReferenceVectors.cases("GradientDescent")) {
            assertMatches(spec("sgd", c), c);
        }
    }

    @Test
    void momentumMatchesReference() {
        for (ReferenceVectors.Case c : ReferenceVectors.cases("Momentum")) {
            if (c.config().get("nesterov").equals("false")) {
                assertMatches(spec("momentum", c, "momentum"), c);
            }
        }
    }

    @Test
    void nesterovMatchesReference() {
        for (ReferenceVectors.Case c : ReferenceVectors.cases("Momentum")) {
            if (c.config().get("nesterov").equals("true")) {
                assertMatches(spec("nesterov", c, "momentum"), c);
            }
        }
    }

    @Test
    void adaGradMatchesReference() {
        for (ReferenceVectors.Case c : ReferenceVectors.cases("AdaGrad")) {
            assertMatches(spec("adagrad", c, "initial_accumulator=initialAccumulator"), c);
        }
    }

    @Test
    void adaDeltaMatchesReference() {
        for (ReferenceVectors.Case c : ReferenceVectors.cases("AdaDelta")) {
            assertMatches(spec("adadelta", c, "rho", "epsilon"), c);
        }
    }

    @Test
    void rmsPropMatchesReference() {
        for (ReferenceVectors.Case c : ReferenceVectors.cases("RMSProp")) {
            String name = c.config().get("centered").equals("true") ? "rmsprop-centered" : "rmsprop";
            assertMatches(spec(name, c, "decay", "momentum", "epsilon"), c);
        }
    }

    /** Repeated: TF Java's built-in Adam fails this in most runs (see reference/tensorflow-optimizers.md). */
    @RepeatedTest(20)
    void adamMatchesSequencedReferenceEveryRun() {
        for (ReferenceVectors.Case c : sequenced("Adam")) {
            assertMatches(spec("adam", c, "beta1", "beta2", "epsilon"), c);
        }
    }

    /** Repeated: TF Java's built-in Adamax races like its Adam. */
    @RepeatedTest(20)
    void adamaxMatchesSequencedReferenceEveryRun() {
        for (ReferenceVectors.Case c : sequenced("Adamax")) {
            assertMatches(spec("adamax", c, "beta1", "beta2", "epsilon"), c);
        }
    }

    /** TF Java's own Nadam (frozen step) reproduces its vectors; the fed rate, here absurd, is ignored. */
    @Test
    void nadamTfJavaMatchesReferenceAndIgnoresFedRate() {
        for (ReferenceVectors.Case c : ReferenceVectors.cases("Nadam")) {
            float[] absurdRates = new float[c.expected().size()];
            Arrays.fill(absurdRates, 123f);
            assertSteps(c.expected(), run(spec("nadam-tfjava", c, "beta1", "beta2", "epsilon"), absurdRates), 0f, c.toString());
        }
    }

    /**
     * nadam takes the same first step as TF Java's Nadam (bit for bit), then follows the Nadam
     * formula with the real step t (float64 reference below, to 1e-6), identically on every run.
     */
    @RepeatedTest(20)
    void nadamIsCorrectFromStepTwoOnAndDeterministic() {
        for (ReferenceVectors.Case c : ReferenceVectors.cases("Nadam")) {
            OptimizerSpec spec = spec("nadam", c, "beta1", "beta2", "epsilon");
            List<float[]> actual = run(spec, c.expected().size());
            assertArrayEquals(c.expected().get(0), actual.get(0), 0f, c + " step 1");
            assertSteps(Arrays.stream(ReferenceVectors.nadamFormula(c)).map(w -> new float[] {(float) w[0], (float) w[1]}).toList(),
                    actual, 1e-6f, "float64 Nadam " + c);
            assertFalse(Arrays.equals(c.expected().get(1), actual.get(1)), "step 2 must differ from TF Java's frozen-step Nadam");
            assertSteps(FIRST_NADAM_RUNS.computeIfAbsent(c.toString(), k -> actual), actual, 0f, "nadam run-to-run " + c);
        }
    }

    /** The learning rate is read from the feed at every step: sgd with 0.1 then 0.01. */
    @Test
    void learningRateFedPerStepIsHonoured() {
        List<float[]> actual = run(OptimizerCatalog.parse("sgd"), new float[] {0.1f, 0.01f});
        float[][] g = ReferenceVectors.GRADIENTS;
        float[] expected = new float[2];
        for (int i = 0; i < 2; i++) {
            float afterFirst = ReferenceVectors.START[i] - 0.1f * g[0][i];
            expected[i] = afterFirst - 0.01f * g[1][i];
        }
        assertArrayEquals(expected, actual.get(1), 0f);
    }

    /** Momentum keeps lr outside its buffer, so the step-2 rate applies to the whole accumulated sum. */
    @Test
    void momentumAppliesTheFedRateToTheWholeBuffer() {
        List<float[]> actual = run(OptimizerCatalog.parse("momentum(momentum=0.5)"), new float[] {0.1f, 0.01f});
        float[][] g = ReferenceVectors.GRADIENTS;
        for (int i = 0; i < 2; i++) {
            double accum = 0.5 * g[0][i] + g[1][i];
            double expected = ReferenceVectors.START[i] - 0.1 * g[0][i] - 0.01 * accum;
            assertEquals(expected, actual.get(1)[i], 1e-7, "var" + i);
        }
    }

    /** The Nadam of {@link FedNadam}'s Javadoc in float64, hyperparameters as the float32 values TF sees. */
    private static List<ReferenceVectors.Case> sequenced(String optimizer) {
        return ReferenceVectors.cases(optimizer).stream().filter(c -> c.config().get("counters").equals("sequenced")).toList();
    }

    /**
     * The catalog spec for a reference case: its lr plus the given hyperparameters, each
     * {@code key} (same name in catalog and CSV) or {@code catalogKey=csvKey}.
     */
    private static OptimizerSpec spec(String name, ReferenceVectors.Case c, String... keys) {
        var text = new StringBuilder(name).append("(lr=").append(c.config().get("lr"));
        for (String key : keys) {
            String[] names = key.split("=", 2);
            text.append(", ").append(names[0]).append('=').append(c.config().get(names[names.length - 1]));
        }
        return OptimizerCatalog.parse(text.append(')').toString());
    }

    private static void assertMatches(OptimizerSpec spec, ReferenceVectors.Case c) {
        assertSteps(c.expected(), run(spec, c.expected().size()), 0f, spec.name() + " on " + c);
    }

    private static void assertSteps(List<float[]> expected, List<float[]> actual, float tolerance, String what) {
        for (int t = 0; t < expected.size(); t++) {
            assertArrayEquals(expected.get(t), actual.get(t), tolerance, what + " step " + (t + 1));
        }
    }

    /** var after each of {@code steps} steps with the reference gradients, the spec's rate fed each step. */
    private static List<float[]> run(OptimizerSpec spec, int steps) {
        float[] rates = new float[steps];
        Arrays.fill(rates, (float) spec.learningRate());
        return run(spec, rates);
    }

    /** var after each step with the reference gradients, {@code rates[t]} fed as step t's learning rate. */
    private static List<float[]> run(OptimizerSpec spec, float[] rates) {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Ops init = tf.withInitScope();
            Variable<TFloat32> var = init.withName("var").variable(Shape.of(2), TFloat32.class);
            init.assign(var, init.constant(ReferenceVectors.START));
            Placeholder<TFloat32> g = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(2)));
            Placeholder<TFloat32> lr = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
            Op train = TfOptimizers.of(spec, graph, lr).minimize(tf.reduceSum(tf.math.mul(tf.identity(var), g), tf.constant(0)));
            var out = new ArrayList<float[]>();
            try (Session session = new Session(graph)) {
                session.initialize();
                for (float rate : rates) {
                    try (TFloat32 gt = TFloat32.vectorOf(ReferenceVectors.GRADIENTS[out.size()]);
                         TFloat32 rt = TFloat32.scalarOf(rate)) {
                        session.runner().feed(g, gt).feed(lr, rt).addTarget(train).run().close();
                    }
                    try (Result r = session.runner().fetch(var).run()) {
                        TFloat32 v = (TFloat32) r.get(0);
                        out.add(new float[] {v.getFloat(0), v.getFloat(1)});
                    }
                }
            }
            return out;
        }
    }
}
