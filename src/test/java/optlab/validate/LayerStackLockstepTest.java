package optlab.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import optlab.spec.OptimizerCatalog;
import optlab.spec.Precision;
import optlab.testing.SmallCnn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lockstep validation runs on any layer stack: every TensorFlow-named rule on a network with conv, pooling and dropout. */
class LayerStackLockstepTest {

    private static final LockstepValidation FLOAT64 = new LockstepValidation(SmallCnn.model(), SmallCnn.images(), 16, 3, 30,
            Tolerance.FLOAT64, Precision.FLOAT64);
    private static final LockstepValidation FLOAT32 = new LockstepValidation(SmallCnn.model(), SmallCnn.images(), 16, 3, 30,
            Tolerance.of(Precision.FLOAT32), Precision.FLOAT32);

    static List<String> tensorflowNamed() {
        return OptimizerCatalog.tensorflowNames();
    }

    @ParameterizedTest
    @MethodSource("tensorflowNamed")
    void everyTensorFlowNamedRulePassesInBothPrecisions(String name) {
        OptimizerValidation f64 = FLOAT64.run(OptimizerCatalog.parse(name + "(lr=0.01)"));
        assertTrue(f64.passed(), name + " float64: first step over " + f64.firstFailingStep());
        assertEquals(30, f64.steps().size());
        assertTrue(f64.maxRelativeLossDifference() < 1e-12, name + ": float64 max rel loss diff " + f64.maxRelativeLossDifference());
        assertTrue(f64.maxParameterDifference() < 1e-12, name + ": float64 max param diff " + f64.maxParameterDifference());

        OptimizerValidation f32 = FLOAT32.run(OptimizerCatalog.parse(name + "(lr=0.01)"));
        assertTrue(f32.passed(), name + " float32: first step over " + f32.firstFailingStep());
    }
}
