package optlab.scratch.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scratch Keras rules, float32 and float64 forms, pass Keras 3's own single-step and golden
 * tests ({@link KerasTestSuite}) with Keras' tolerances. {@code FedKerasOptimizersTest} runs the
 * same cases on the TensorFlow twins.
 */
public class KerasRulesTest {

    static List<KerasTestSuite.Case> cases() {
        return KerasTestSuite.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void float32PassesKerasTest(KerasTestSuite.Case c) {
        assertPasses(c, float32(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void float64PassesKerasTest(KerasTestSuite.Case c) {
        assertPasses(c, float64(c));
    }

    public static void assertPasses(KerasTestSuite.Case c, List<double[]> actual) {
        for (int t = 0; t < c.expected().size(); t++) {
            for (int i = 0; i < c.start().length; i++) {
                double expected = c.expected().get(t)[i];
                double got = actual.get(t)[i];
                assertTrue(c.close(got, expected), c + ": update " + (t + 1) + " x[" + i + "] = " + got + ", Keras expects " + expected);
            }
        }
    }

    /** The weights after each of the case's updates, by the float32 rule at the spec's constant rate. */
    public static List<double[]> float32(KerasTestSuite.Case c) {
        OptimizerSpec spec = OptimizerCatalog.parse(c.spec());
        return float32(UpdateRules.of(spec), c, (float) spec.learningRate());
    }

    private static <S> List<double[]> float32(UpdateRule<S> rule, KerasTestSuite.Case c, float lr) {
        float[] w = c.start().clone();
        S state = rule.initialState(w.length);
        var out = new ArrayList<double[]>();
        for (float[] g : c.gradients()) {
            rule.apply(w, g.clone(), state, lr);
            double[] widened = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                widened[i] = w[i];
            }
            out.add(widened);
        }
        return out;
    }

    /** The weights after each of the case's updates, by the float64 form, inputs and rate widened from float32. */
    public static List<double[]> float64(KerasTestSuite.Case c) {
        OptimizerSpec spec = OptimizerCatalog.parse(c.spec());
        return float64(UpdateRules.float64(spec), c, (float) spec.learningRate());
    }

    private static <S> List<double[]> float64(Float64UpdateRule<S> rule, KerasTestSuite.Case c, double lr) {
        double[] w = widen(c.start());
        S state = rule.initialFloat64State(w.length);
        var out = new ArrayList<double[]>();
        for (float[] g : c.gradients()) {
            rule.apply(w, widen(g), state, lr);
            out.add(w.clone());
        }
        return out;
    }

    private static double[] widen(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
