package optlab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import optlab.scratch.optim.AdamRule;
import optlab.scratch.optim.Float64UpdateRule;
import optlab.scratch.optim.UpdateRules;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.Precision;
import optlab.testing.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lockstep validation in float64 on synthetic data: every TensorFlow-named rule agrees with
 * TensorFlow's float64 graph to within a few float64 rounding errors, far below float32's; the
 * classic mistakes are still caught at step 1, and so is a rule that rounds to float32 on the way.
 */
class Float64LockstepValidationTest {

    private static final int FEATURES = 20;
    private static final ModelSpec MODEL = new ModelSpec(List.of(FEATURES, 16, 3), Activation.RELU, 0.1, Init.GLOROT, optlab.spec.Loss.CROSS_ENTROPY, 0);
    private static final LockstepValidation VALIDATION = new LockstepValidation(MODEL, SyntheticData.threeClasses(FEATURES), 10, 3, 60,
            Tolerance.FLOAT64, Precision.FLOAT64);

    static List<String> tensorflowNamed() {
        return OptimizerCatalog.tensorflowNames();
    }

    @ParameterizedTest
    @MethodSource("tensorflowNamed")
    void everyTensorFlowNamedRuleAgreesToFloat64Rounding(String name) {
        OptimizerValidation v = VALIDATION.run(OptimizerCatalog.parse(name + "(lr=0.01)"));

        assertTrue(v.passed(), name + ": first step over " + v.firstFailingStep());
        assertEquals(60, v.steps().size());
        assertTrue(v.maxRelativeLossDifference() < 1e-12, name + ": max rel loss diff " + v.maxRelativeLossDifference());
        assertTrue(v.maxParameterDifference() < 1e-12, name + ": max param diff " + v.maxParameterDifference());
        assertTrue(v.maxGradientDifference() < 1e-15 * v.maxGradient(), name + ": first-batch gradient diff " + v.maxGradientDifference());
    }

    @Test
    void epsilonOutsideTheSquareRootIsCaughtAtStepOne() {
        // TF's RMSProp: mom = momentum*mom + lr*g/sqrt(ms + eps). Here: lr*g/(sqrt(ms) + eps).
        double decay = 0.9f;
        double eps = 0.1f;
        Float64UpdateRule<double[][]> wrong = new Float64UpdateRule<>() {
            @Override
            public double[][] initialFloat64State(int size) {
                double[] ms = new double[size];
                Arrays.fill(ms, 1d);
                return new double[][] {ms, new double[size]};
            }

            @Override
            public void apply(double[] w, double[] g, double[][] s, double lr) {
                for (int i = 0; i < w.length; i++) {
                    s[0][i] += (g[i] * g[i] - s[0][i]) * (1d - decay);
                    s[1][i] = lr * g[i] / (Math.sqrt(s[0][i]) + eps);
                    w[i] -= s[1][i];
                }
            }
        };

        OptimizerValidation v = VALIDATION.run(OptimizerCatalog.parse("rmsprop(lr=0.01, epsilon=0.1)"), wrong);

        assertEquals(1, v.firstFailingStep(), "max param diff at step 1: " + v.steps().get(0).maxParameterDifference());
    }

    @Test
    void missingBiasCorrectionIsCaughtAtStepOne() {
        Float64UpdateRule<double[][]> wrong = new Float64UpdateRule<>() {
            @Override
            public double[][] initialFloat64State(int size) {
                return new double[][] {new double[size], new double[size]};
            }

            @Override
            public void apply(double[] w, double[] g, double[][] s, double lr) {
                for (int i = 0; i < w.length; i++) {
                    s[0][i] += (g[i] - s[0][i]) * (1d - 0.9f);
                    s[1][i] += (g[i] * g[i] - s[1][i]) * (1d - 0.999f);
                    w[i] -= lr * s[0][i] / (Math.sqrt(s[1][i]) + 1e-8f);
                }
            }
        };

        OptimizerValidation v = VALIDATION.run(OptimizerCatalog.parse("adam(lr=0.01)"), wrong);

        assertEquals(1, v.firstFailingStep());
        assertTrue(v.steps().get(0).maxParameterDifference() > 1e-3, "the first step is about a third of TF's");
    }

    @Test
    void wrongInitialAccumulatorIsCaughtAtStepOne() {
        // TF's AdaGrad starts its accumulator at initial_accumulator (0.01 by default); here at 0.1.
        Float64UpdateRule<double[]> wrong = new Float64UpdateRule<>() {
            @Override
            public double[] initialFloat64State(int size) {
                double[] accum = new double[size];
                Arrays.fill(accum, 0.1f);
                return accum;
            }

            @Override
            public void apply(double[] w, double[] g, double[] accum, double lr) {
                for (int i = 0; i < w.length; i++) {
                    accum[i] += g[i] * g[i];
                    w[i] -= lr * g[i] / Math.sqrt(accum[i]);
                }
            }
        };

        OptimizerValidation v = VALIDATION.run(OptimizerCatalog.parse("adagrad(lr=0.01)"), wrong);

        assertEquals(1, v.firstFailingStep());
    }

    /** The float32 Adam behind the float64 interface: right formula, float32 arithmetic. Float32's tolerance would pass it. */
    @Test
    void aRuleRoundingToFloat32IsCaught() {
        var float32 = new AdamRule(0.9f, 0.999f, 1e-8f);
        Float64UpdateRule<AdamRule.Moments> rounding = new Float64UpdateRule<>() {
            @Override
            public AdamRule.Moments initialFloat64State(int size) {
                return float32.initialState(size);
            }

            @Override
            public void apply(double[] w, double[] g, AdamRule.Moments s, double lr) {
                float[] w32 = new float[w.length];
                float[] g32 = new float[g.length];
                for (int i = 0; i < w.length; i++) {
                    w32[i] = (float) w[i];
                    g32[i] = (float) g[i];
                }
                float32.apply(w32, g32, s, (float) lr);
                for (int i = 0; i < w.length; i++) {
                    w[i] = w32[i];
                }
            }
        };

        OptimizerValidation v = VALIDATION.run(OptimizerCatalog.parse("adam(lr=0.01)"), rounding);

        assertEquals(1, v.firstFailingStep(), "max param diff at step 1: " + v.steps().get(0).maxParameterDifference());
        assertTrue(v.maxParameterDifference() < Tolerance.FLOAT32.parameter(), "within float32's tolerance");
    }

    @Test
    void aFloat32RuleIsRefusedInAFloat64Validation() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> VALIDATION.run(OptimizerCatalog.parse("sgd"), UpdateRules.of(OptimizerCatalog.parse("sgd"))));
        assertEquals("a float32 rule cannot run in a float64 validation", e.getMessage());
    }
}
