package optlab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import optlab.scratch.optim.UpdateRule;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.testing.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lockstep validation on synthetic data: every TensorFlow-named scratch rule passes, so do the MSE
 * and L2 objectives, and rules with the classic mistakes fail at the step where the mistake first
 * shows.
 */
class LockstepValidationTest {

    private static final int FEATURES = 20;
    private static final LockstepValidation VALIDATION = validation(Loss.CROSS_ENTROPY, 0);

    static List<String> tensorflowNamed() {
        return OptimizerCatalog.tensorflowNames();
    }

    @ParameterizedTest
    @MethodSource("tensorflowNamed")
    void everyTensorFlowNamedRulePasses(String name) {
        OptimizerValidation v = VALIDATION.run(OptimizerCatalog.parse(name + "(lr=0.01)"));

        assertTrue(v.passed(), name + ": first step over " + v.firstFailingStep() + ", max rel loss diff "
                + v.maxRelativeLossDifference() + ", max param diff " + v.maxParameterDifference());
        assertEquals(60, v.steps().size());
        assertTrue(v.maxGradientDifference() < 1e-6 * v.maxGradient(), "first-batch gradients agree");
    }

    static Stream<Arguments> optimizersAndObjectives() {
        var cases = Stream.<Arguments>builder();
        for (String optimizer : List.of("sgd", "momentum", "adam")) {
            cases.add(Arguments.of(optimizer, Loss.MSE, 0.0));
            cases.add(Arguments.of(optimizer, Loss.CROSS_ENTROPY, 0.01));
            cases.add(Arguments.of(optimizer, Loss.MSE, 0.01));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}, {1}, l2 {2}")
    @MethodSource("optimizersAndObjectives")
    void mseAndL2ObjectivesPass(String optimizer, Loss loss, double l2) {
        OptimizerValidation v = validation(loss, l2).run(OptimizerCatalog.parse(optimizer + "(lr=0.01)"));

        assertTrue(v.passed(), optimizer + ": first step over " + v.firstFailingStep() + ", max rel loss diff "
                + v.maxRelativeLossDifference() + ", max param diff " + v.maxParameterDifference());
        assertTrue(v.maxGradientDifference() < 1e-6 * v.maxGradient(), "first-batch gradients agree");
    }

    @Test
    void epsilonOutsideTheSquareRootIsCaughtAtStepOne() {
        // TF's RMSProp: mom = momentum*mom + lr*g/sqrt(ms + eps). Here: lr*g/(sqrt(ms) + eps).
        float decay = 0.9f;
        float eps = 0.1f;
        UpdateRule<float[][]> wrong = new UpdateRule<>() {
            @Override
            public float[][] initialState(int size) {
                float[] ms = new float[size];
                java.util.Arrays.fill(ms, 1f);
                return new float[][] {ms, new float[size]};
            }

            @Override
            public void apply(float[] w, float[] g, float[][] s, float lr) {
                for (int i = 0; i < w.length; i++) {
                    s[0][i] += (g[i] * g[i] - s[0][i]) * (1f - decay);
                    s[1][i] = lr * g[i] / ((float) Math.sqrt(s[0][i]) + eps);
                    w[i] -= s[1][i];
                }
            }
        };

        OptimizerValidation v = VALIDATION.run(OptimizerCatalog.parse("rmsprop(lr=0.01, epsilon=0.1)"), wrong);

        assertEquals(1, v.firstFailingStep(), "max param diff at step 1: " + v.steps().get(0).maxParameterDifference());
    }

    @Test
    void missingBiasCorrectionIsCaughtAtStepOne() {
        UpdateRule<float[][]> wrong = new UpdateRule<>() {
            @Override
            public float[][] initialState(int size) {
                return new float[][] {new float[size], new float[size]};
            }

            @Override
            public void apply(float[] w, float[] g, float[][] s, float lr) {
                for (int i = 0; i < w.length; i++) {
                    s[0][i] += (g[i] - s[0][i]) * (1f - 0.9f);
                    s[1][i] += (g[i] * g[i] - s[1][i]) * (1f - 0.999f);
                    w[i] -= lr * s[0][i] / ((float) Math.sqrt(s[1][i]) + 1e-8f);
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
        UpdateRule<float[]> wrong = new UpdateRule<>() {
            @Override
            public float[] initialState(int size) {
                float[] accum = new float[size];
                java.util.Arrays.fill(accum, 0.1f);
                return accum;
            }

            @Override
            public void apply(float[] w, float[] g, float[] accum, float lr) {
                for (int i = 0; i < w.length; i++) {
                    accum[i] += g[i] * g[i];
                    w[i] -= lr * g[i] / (float) Math.sqrt(accum[i]);
                }
            }
        };

        OptimizerValidation v = VALIDATION.run(OptimizerCatalog.parse("adagrad(lr=0.01)"), wrong);

        assertEquals(1, v.firstFailingStep());
    }

    @Test
    void theTableNamesTheVerdictAndFirstFailingStep() {
        OptimizerValidation ok = VALIDATION.run(OptimizerCatalog.parse("sgd(lr=0.01)"));
        String table = ValidationReport.table(List.of(ok));

        assertTrue(table.lines().skip(1).findFirst().orElseThrow().endsWith("pass"), table);
    }

    static LockstepValidation validation(Loss loss, double l2) {
        var model = new ModelSpec(List.of(FEATURES, 16, 3), Activation.RELU, 0.1, Init.GLOROT, loss, l2);
        return new LockstepValidation(model, SyntheticData.threeClasses(FEATURES), 10, 3, 60, Tolerance.FLOAT32);
    }
}
