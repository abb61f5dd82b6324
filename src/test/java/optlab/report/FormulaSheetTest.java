package optlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import optlab.scratch.optim.UpdateRules;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.spec.ScheduleSpec;
import optlab.tf.optim.TfOptimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tensorflow.Graph;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** formulas.yaml covers the catalog and names the classes that really run each rule. */
class FormulaSheetTest {

    private static final Formulas TEXT = Formulas.load();

    static List<String> names() {
        return OptimizerCatalog.names();
    }

    @Test
    void everyCatalogNameHasAFormulaAndNothingElseDoes() {
        assertEquals(Set.copyOf(OptimizerCatalog.names()), TEXT.optimizers().keySet());
    }

    @ParameterizedTest
    @MethodSource("names")
    void scratchClassIsTheOneUpdateRulesBuilds(String name) {
        assertEquals(UpdateRules.of(OptimizerCatalog.parse(name)).getClass().getSimpleName(), TEXT.of(name).scratch());
    }

    @ParameterizedTest
    @MethodSource("names")
    void tensorflowClassIsTheOneTfOptimizersBuildsAndOnlyTwinsHaveOne(String name) {
        OptimizerSpec spec = OptimizerCatalog.parse(name);
        Formulas.TensorFlowSide side = TEXT.of(name).tensorflow();
        if (!OptimizerCatalog.runsOnTensorFlow(name)) {
            assertNull(side, name + " has no TensorFlow twin");
            return;
        }
        assertNotNull(side, name);
        try (Graph graph = new Graph()) {
            var learningRate = Ops.create(graph).placeholder(TFloat32.class, Placeholder.shape(org.tensorflow.ndarray.Shape.scalar()));
            assertEquals(TfOptimizers.of(spec, graph, learningRate).getClass().getSimpleName(), side.className());
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyHyperparameterHasASymbol(String name) {
        OptimizerSpec spec = OptimizerCatalog.parse(name);
        assertNotNull(TEXT.symbols().get("lr"));
        spec.params().keySet().forEach(key -> assertNotNull(TEXT.symbols().get(key), name + ": " + key));
    }

    @Test
    void everyScheduleHasItsRate() {
        List<String> schedules = List.of("constant", "linear", "step", "exponential", "cosine");
        schedules.forEach(ScheduleSpec::parse);
        assertEquals(Set.copyOf(schedules), TEXT.schedules().keySet());
    }

    @Test
    void hyperparametersAreShownAsTheFloatsThatRan() {
        assertEquals("0.899999976", Format.float32(0.9));
        assertEquals("9.99999994E-9", Format.float32(1e-8));
        assertEquals("0.5", Format.float32(0.5));
        assertEquals("1000", Format.float32(1000));
    }
}
