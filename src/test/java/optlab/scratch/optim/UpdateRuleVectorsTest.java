package optlab.scratch.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import optlab.spec.OptimizerCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each TF-named rule, built from the catalog, reproduces TensorFlow Java's own steps bit for bit
 * on every matching row of the reference vectors. Adam and Adamax use the {@code counters=sequenced}
 * rows (beta^t at step t); Ftrl and AdaGradDA are not in the catalog.
 */
class UpdateRuleVectorsTest {

    /** CSV optimizer -> (catalog keys in the CSV's spelling). */
    private static final Map<String, List<String>> CSV_KEYS = Map.of(
            "GradientDescent", List.of(),
            "Momentum", List.of("momentum"),
            "AdaGrad", List.of("initialAccumulator"),
            "AdaDelta", List.of("rho", "epsilon"),
            "RMSProp", List.of("decay", "momentum", "epsilon"),
            "Adam", List.of("beta1", "beta2", "epsilon"),
            "Adamax", List.of("beta1", "beta2", "epsilon"),
            "Nadam", List.of("beta1", "beta2", "epsilon"));

    static Stream<Arguments> tensorflowCases() {
        return CSV_KEYS.keySet().stream().sorted()
                .flatMap(optimizer -> ReferenceVectors.cases(optimizer).stream())
                .filter(c -> !"advanced".equals(c.config().get("counters")))
                .map(c -> Arguments.of(catalogSpec(c), c));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("tensorflowCases")
    void reproducesTensorFlowBitForBit(String spec, ReferenceVectors.Case c) {
        assertSteps(UpdateRules.of(OptimizerCatalog.parse(spec)), c);
    }

    @Test
    void everyTensorFlowNamedRuleIsChecked() {
        Set<String> checked = new TreeSet<>();
        tensorflowCases().forEach(a -> checked.add(OptimizerCatalog.parse((String) a.get()[0]).name()));
        // The Keras family follows Keras, not these kernels: KerasRulesTest checks it on Keras' own tests.
        Set<String> expected = new TreeSet<>(OptimizerCatalog.names().stream()
                .filter(name -> OptimizerCatalog.family(name) == OptimizerCatalog.Family.TENSORFLOW).toList());
        expected.remove("nadam"); // the corrected Nadam has no TensorFlow Java twin; NadamRuleTest checks it
        assertEquals(expected, checked);
    }

    /** The catalog spec of the rule that must reproduce a CSV case, e.g. {@code adagrad(initial_accumulator=0.1)}. */
    static String catalogSpec(ReferenceVectors.Case c) {
        String name = switch (c.optimizer()) {
            case "GradientDescent" -> "sgd";
            case "Momentum" -> Boolean.parseBoolean(c.config().get("nesterov")) ? "nesterov" : "momentum";
            case "AdaGrad" -> "adagrad";
            case "AdaDelta" -> "adadelta";
            case "RMSProp" -> Boolean.parseBoolean(c.config().get("centered")) ? "rmsprop-centered" : "rmsprop";
            case "Adam" -> "adam";
            case "Adamax" -> "adamax";
            case "Nadam" -> "nadam-tfjava";
            default -> throw new IllegalArgumentException(c.optimizer());
        };
        var params = new StringBuilder();
        for (String key : CSV_KEYS.get(c.optimizer())) {
            String catalogKey = key.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
            params.append(params.isEmpty() ? "" : ", ").append(catalogKey).append('=').append(c.config().get(key));
        }
        return params.isEmpty() ? name : name + "(" + params + ")";
    }

    static <S> void assertSteps(UpdateRule<S> rule, ReferenceVectors.Case c) {
        float[] w = ReferenceVectors.START.clone();
        S state = rule.initialState(2);
        List<float[]> expected = c.expected();
        for (int t = 0; t < expected.size(); t++) {
            rule.apply(w, ReferenceVectors.GRADIENTS[t].clone(), state, c.param("lr"));
            for (int i = 0; i < 2; i++) {
                assertEquals(expected.get(t)[i], w[i], 0f, c + " step " + (t + 1) + " var" + i);
            }
        }
    }
}
