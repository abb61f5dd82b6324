package optlab.scratch.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import optlab.spec.OptimizerCatalog;
import optlab.spec.SpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The float64 forms of the TF-named rules: each reproduces TensorFlow Java's float32 reference
 * vectors to float32 precision (it computes the same formula without float32's rounding), the
 * corrected Nadam follows its formula in double, and the textbook variants have no float64 form.
 * {@code TfOptimizerFloat64Test} holds them against TensorFlow's own float64 kernels.
 */
class Float64UpdateRuleTest {

    static Stream<Arguments> tensorflowCases() {
        return UpdateRuleVectorsTest.tensorflowCases();
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("tensorflowCases")
    void reproducesTheFloat32VectorsToFloat32Precision(String spec, ReferenceVectors.Case c) {
        double[][] w = steps(UpdateRules.float64(OptimizerCatalog.parse(spec)), c.param("lr"), c.expected().size());
        for (int t = 0; t < w.length; t++) {
            for (int i = 0; i < 2; i++) {
                float expected = c.expected().get(t)[i];
                assertEquals(expected, w[t][i], 1e-6, c + " step " + (t + 1) + " var" + i);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optlab.scratch.optim.NadamRuleTest#nadam")
    void nadamFollowsTheFormulaInDouble(ReferenceVectors.Case c) {
        var spec = OptimizerCatalog.parse("nadam(beta1=" + c.config().get("beta1") + ", beta2=" + c.config().get("beta2")
                + ", epsilon=" + c.config().get("epsilon") + ")");
        double[][] expected = ReferenceVectors.nadamFormula(c);
        double[][] w = steps(UpdateRules.float64(spec), c.param("lr"), expected.length);
        for (int t = 0; t < expected.length; t++) {
            for (int i = 0; i < 2; i++) {
                assertEquals(expected[t][i], w[t][i], 1e-14, c + " step " + (t + 1) + " var" + i);
            }
        }
    }

    /** Adam's second step by hand in double, beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f widened. */
    @Test
    void adamTwoStepsByHand() {
        double b1 = 0.9f;
        double b2 = 0.999f;
        double eps = 1e-8f;
        double lr = 0.1;
        double[] g1 = {0.1f, 0.1f};
        double[] g2 = {0.01f, -0.2f};
        double[] w = steps(UpdateRules.float64(OptimizerCatalog.parse("adam(lr=0.1)")), lr, 2)[1];
        for (int i = 0; i < 2; i++) {
            double m1 = (1 - b1) * g1[i];
            double v1 = (1 - b2) * g1[i] * g1[i];
            double w1 = ReferenceVectors.START[i] - lr * Math.sqrt(1 - b2) / (1 - b1) * m1 / (Math.sqrt(v1) + eps);
            double m2 = b1 * m1 + (1 - b1) * g2[i];
            double v2 = b2 * v1 + (1 - b2) * g2[i] * g2[i];
            double w2 = w1 - lr * Math.sqrt(1 - b2 * b2) / (1 - b1 * b1) * m2 / (Math.sqrt(v2) + eps);
            assertEquals(w2, w[i], 1e-15, "var" + i);
        }
    }

    @Test
    void textbookVariantsHaveNoFloat64Form() {
        for (String name : List.of("momentum-textbook", "rmsprop-textbook", "rmsprop-nesterov-textbook", "adam-textbook")) {
            var e = assertThrows(SpecException.class, () -> UpdateRules.float64(OptimizerCatalog.parse(name)));
            assertEquals("optimizer '" + name + "' has no float64 form", e.getMessage());
        }
    }

    @Test
    void everyTensorFlowNamedRuleHasAFloat64FormInTheSameClass() {
        for (String name : OptimizerCatalog.tensorflowNames()) {
            assertTrue(UpdateRules.float64(OptimizerCatalog.parse(name)) instanceof UpdateRule<?>, name);
        }
    }

    /** w after each of {@code count} steps with the reference gradients, widened. */
    private static <S> double[][] steps(Float64UpdateRule<S> rule, double lr, int count) {
        double[] w = {ReferenceVectors.START[0], ReferenceVectors.START[1]};
        S state = rule.initialFloat64State(2);
        double[][] out = new double[count][];
        for (int t = 0; t < count; t++) {
            float[] g = ReferenceVectors.GRADIENTS[t];
            rule.apply(w, new double[] {g[0], g[1]}, state, lr);
            out[t] = w.clone();
        }
        return out;
    }
}
