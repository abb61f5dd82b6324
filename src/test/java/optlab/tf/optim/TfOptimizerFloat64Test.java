package optlab.tf.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import optlab.scratch.optim.Float64UpdateRule;
import optlab.scratch.optim.ReferenceVectors;
import optlab.scratch.optim.UpdateRules;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat64;

/**
 * Every TensorFlow-named optimizer in a float64 graph (TF Java's own Nadam included) against the
 * float64 form of its scratch rule, on the reference problem var = [1, 2], loss = sum(var * g) with
 * the reference gradients widened: the two agree bit for bit at every step (nadam to a few ulps).
 */
class TfOptimizerFloat64Test {

    static List<String> tensorflowNamed() {
        return OptimizerCatalog.tensorflowNames();
    }

    @ParameterizedTest
    @MethodSource("tensorflowNamed")
    void matchesTheScratchRulesFloat64Form(String name) {
        OptimizerSpec spec = OptimizerCatalog.parse(name + "(lr=0.1)");
        List<double[]> tensorflow = run(spec, 5);
        List<double[]> scratch = scratch(UpdateRules.float64(spec), spec.learningRate(), 5);
        // Bit for bit, except nadam: FedNadam takes beta2^t as pow(beta2, t), the scratch rule
        // multiplies a counter (as both do in float32), which costs a few ulps.
        double tolerance = name.equals("nadam") ? 1e-14 : 0;
        for (int t = 0; t < 5; t++) {
            for (int i = 0; i < 2; i++) {
                assertEquals(tensorflow.get(t)[i], scratch.get(t)[i], tolerance, name + " step " + (t + 1) + " var" + i);
            }
        }
    }

    private static <S> List<double[]> scratch(Float64UpdateRule<S> rule, double lr, int steps) {
        double[] w = {ReferenceVectors.START[0], ReferenceVectors.START[1]};
        S state = rule.initialFloat64State(2);
        var out = new ArrayList<double[]>();
        for (int t = 0; t < steps; t++) {
            float[] g = ReferenceVectors.GRADIENTS[t];
            rule.apply(w, new double[] {g[0], g[1]}, state, lr);
            out.add(w.clone());
        }
        return out;
    }

    /** var after each step in a float64 graph, the reference gradients widened, the spec's rate fed in double. */
    private static List<double[]> run(OptimizerSpec spec, int steps) {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Ops init = tf.withInitScope();
            Variable<TFloat64> var = init.withName("var").variable(Shape.of(2), TFloat64.class);
            init.assign(var, init.constant(new double[] {ReferenceVectors.START[0], ReferenceVectors.START[1]}));
            Placeholder<TFloat64> g = tf.placeholder(TFloat64.class, Placeholder.shape(Shape.of(2)));
            Placeholder<TFloat64> lr = tf.placeholder(TFloat64.class, Placeholder.shape(Shape.scalar()));
            Op train = TfOptimizers.of(spec, graph, lr).minimize(tf.reduceSum(tf.math.mul(tf.identity(var), g), tf.constant(0)));
            var out = new ArrayList<double[]>();
            try (Session session = new Session(graph)) {
                session.initialize();
                for (int t = 0; t < steps; t++) {
                    float[] gradient = ReferenceVectors.GRADIENTS[t];
                    try (TFloat64 gt = TFloat64.vectorOf(gradient[0], gradient[1]);
                         TFloat64 rt = TFloat64.scalarOf(spec.learningRate())) {
                        session.runner().feed(g, gt).feed(lr, rt).addTarget(train).run().close();
                    }
                    try (Result r = session.runner().fetch(var).run()) {
                        TFloat64 v = (TFloat64) r.get(0);
                        out.add(new double[] {v.getDouble(0), v.getDouble(1)});
                    }
                }
            }
            return out;
        }
    }
}
