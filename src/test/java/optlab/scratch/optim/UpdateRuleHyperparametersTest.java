package optlab.scratch.optim;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import optlab.spec.OptimizerCatalog;
import optlab.spec.SpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalog name builds a rule from its defaults; constructors reject bad hyperparameters by name and value. */
class UpdateRuleHyperparametersTest {

    @Test
    void everyCatalogNameHasARule() {
        for (String name : OptimizerCatalog.names()) {
            assertNotNull(UpdateRules.of(OptimizerCatalog.parse(name)), name);
        }
    }

    static Stream<Arguments> badHyperparameters() {
        return Stream.of(
                bad("initial_accumulator", "0.0", () -> new AdaGradRule(0f)),
                bad("initial_accumulator", "-1.0", () -> new AdaGradRule(-1f)),
                bad("rho", "1.0", () -> new AdaDeltaRule(1f, 1e-7f)),
                bad("epsilon", "NaN", () -> new AdaDeltaRule(0.95f, Float.NaN)),
                bad("momentum", "-0.1", () -> new RmsPropRule(0.9f, -0.1f, 1e-10f, false)),
                bad("decay", "NaN", () -> new RmsPropRule(Float.NaN, 0f, 1e-10f, true)),
                bad("beta2", "1.5", () -> new AdamaxRule(0.9f, 1.5f, 1e-7f)),
                bad("beta1", "NaN", () -> new NadamRule(Float.NaN, 0.999f, 1e-8f)),
                bad("epsilon", "0.0", () -> new TfJavaNadamRule(0.9f, 0.999f, 0f)),
                bad("epsilon", "-1.0E-8", () -> new AdamRule(0.9f, 0.999f, -1e-8f)),
                bad("momentum", "1.0", () -> new TextbookMomentumRule(1f)),
                bad("delta", "-1.0E-6", () -> new TextbookRmsPropRule(0.9f, -1e-6f)),
                bad("delta", "0.0", () -> new TextbookAdamRule(0.9f, 0.999f, 0f)),
                bad("decay", "-0.5", () -> new TextbookNesterovRmsPropRule(-0.5f, 0.9f)),
                bad("momentum", "NaN", () -> new MomentumRule(Float.NaN, true)),
                bad("momentum", "1.0", () -> new KerasSgdRule(1f, true)),
                bad("rho", "-0.1", () -> new KerasRmsPropRule(-0.1f, 0f, 1e-7f, false)),
                bad("initial_accumulator_value", "-0.1", () -> new KerasAdagradRule(-0.1f, 1e-7f)),
                bad("epsilon", "0.0", () -> new KerasAdadeltaRule(0.95f, 0f)),
                bad("beta_1", "1.0", () -> new KerasAdamRule(1f, 0.999f, 1e-7f, false)),
                bad("beta_2", "NaN", () -> new KerasAdamaxRule(0.9f, Float.NaN, 1e-7f)),
                bad("epsilon", "-1.0", () -> new KerasNadamRule(0.9f, 0.999f, -1f)),
                bad("weight_decay", "-0.004", () -> new KerasAdamWRule(-0.004f, 0.9f, 0.999f, 1e-7f, false)),
                bad("momentum", "1.5", () -> new TextbookNesterovRule(1.5f)),
                bad("delta", "0.0", () -> new TextbookAdaGradRule(0f)),
                bad("epsilon", "0.0", () -> new NotebookRmsPropRule(0.9f, 0f)),
                bad("beta1", "-0.5", () -> new PaperAdamRule(-0.5f, 0.999f, 1e-8f)));
    }

    private static Arguments bad(String name, String value, Executable build) {
        return Arguments.of(name, value, build);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badHyperparameters")
    void rejectsBadHyperparameter(String name, String value, Executable build) {
        String message = assertThrows(SpecException.class, build).getMessage();
        assertTrue(message.startsWith(name + " ") && message.endsWith("got " + value), message);
    }
}
