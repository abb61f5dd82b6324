package optlab.tf.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import optlab.scratch.optim.KerasRulesTest;
import optlab.scratch.optim.KerasTestSuite;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.family.TFloating;

/**
 * The TensorFlow twins of the Keras rules pass Keras 3's own single-step and golden tests
 * ({@link KerasTestSuite}) in float32 and float64 graphs, and agree with the scratch rules: in
 * float32 to a few ulps (pow and sqrt may round differently in the last bit), in float64 to 1e-15.
 * The loss is {@code sum(var * g)} with g fed, so the gradient is exactly g.
 */
class FedKerasOptimizersTest {

    static List<KerasTestSuite.Case> cases() {
        return KerasTestSuite.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void float32GraphPassesKerasTestAndMatchesScratch(KerasTestSuite.Case c) {
        List<double[]> tensorflow = run(c, TFloat32.class);
        KerasRulesTest.assertPasses(c, tensorflow);
        assertAgree(KerasRulesTest.float32(c), tensorflow, 1e-6, c + " float32");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void float64GraphPassesKerasTestAndMatchesScratch(KerasTestSuite.Case c) {
        List<double[]> tensorflow = run(c, TFloat64.class);
        KerasRulesTest.assertPasses(c, tensorflow);
        assertAgree(KerasRulesTest.float64(c), tensorflow, 1e-15, c + " float64");
    }

    /** Every graph reads its counters and slots through ordered assigns: repeated runs are bit-identical. */
    @RepeatedTest(5)
    void deterministic() {
        for (KerasTestSuite.Case c : cases()) {
            assertAgree(run(c, TFloat32.class), run(c, TFloat32.class), 0, c + " run to run");
        }
    }

    private static void assertAgree(List<double[]> expected, List<double[]> actual, double tolerance, String what) {
        for (int t = 0; t < expected.size(); t++) {
            for (int i = 0; i < expected.get(t).length; i++) {
                assertEquals(expected.get(t)[i], actual.get(t)[i], tolerance * Math.max(1, Math.abs(expected.get(t)[i])),
                        what + " update " + (t + 1) + " x[" + i + "]");
            }
        }
    }

    /** var after each of the case's updates in a graph of {@code type}, gradients and the spec's rate fed (widened from float32). */
    private static <T extends TFloating> List<double[]> run(KerasTestSuite.Case c, Class<T> type) {
        OptimizerSpec spec = OptimizerCatalog.parse(c.spec());
        int n = c.start().length;
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Ops init = tf.withInitScope();
            Variable<T> var = init.withName("var").variable(Shape.of(n), type);
            init.assign(var, init.dtypes.cast(init.constant(c.start()), type));
            Placeholder<T> g = tf.placeholder(type, Placeholder.shape(Shape.of(n)));
            Placeholder<T> lr = tf.placeholder(type, Placeholder.shape(Shape.scalar()));
            Operand<T> loss = tf.reduceSum(tf.math.mul(tf.identity(var), g), tf.constant(0));
            Op train = TfOptimizers.of(spec, graph, lr).minimize(loss);
            var out = new ArrayList<double[]>();
            try (Session session = new Session(graph)) {
                session.initialize();
                for (float[] gradient : c.gradients()) {
                    try (Tensor gt = tensor(type, gradient); Tensor rt = scalar(type, (float) spec.learningRate())) {
                        session.runner().feed(g, gt).feed(lr, rt).addTarget(train).run().close();
                    }
                    try (Result r = session.runner().fetch(tf.dtypes.cast(var, TFloat64.class)).run()) {
                        TFloat64 v = (TFloat64) r.get(0);
                        double[] w = new double[n];
                        for (int i = 0; i < n; i++) {
                            w[i] = v.getDouble(i);
                        }
                        out.add(w);
                    }
                }
            }
            return out;
        }
    }

    private static Tensor tensor(Class<?> type, float[] values) {
        if (type == TFloat32.class) {
            return TFloat32.vectorOf(values);
        }
        double[] widened = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            widened[i] = values[i];
        }
        return TFloat64.vectorOf(widened);
    }

    private static Tensor scalar(Class<?> type, float value) {
        return type == TFloat32.class ? TFloat32.scalarOf(value) : TFloat64.scalarOf(value);
    }
}
