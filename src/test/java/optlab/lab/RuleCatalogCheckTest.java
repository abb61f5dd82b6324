package optlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the catalog is a full exercise: named state, known mistakes and reference solutions.
 * The reference solutions pass in both languages, at the defaults and with the switches that change
 * a rule's form; every known mistake is named by the diagnosis, in Java and in Python.
 */
class RuleCatalogCheckTest {

    /** The hyperparameters a rule's mistakes are shown under where the defaults hide some: Keras' switches are off by default, and AdamW's default decay (λ η = 4e-6) is too small to tell before the step from after it. */
    private static final Map<String, String> SHOWCASE = Map.of(
            "keras-sgd", "keras-sgd(momentum=0.9, nesterov=1)",
            "keras-rmsprop", "keras-rmsprop(momentum=0.9, centered=1)",
            "keras-adam", "keras-adam(amsgrad=1)",
            "keras-adamw", "keras-adamw(lr=0.01, weight_decay=0.1)");

    @TempDir
    Path dir;

    /** Every catalog rule at its defaults, and the forms its hyperparameters switch on. */
    static List<String> exercises() {
        var list = new ArrayList<>(OptimizerCatalog.names());
        list.addAll(List.of("rmsprop(momentum=0.9)", "rmsprop-centered(momentum=0.9)", "keras-sgd(momentum=0.9)", "keras-sgd(momentum=0.9, nesterov=1)",
                "keras-rmsprop(momentum=0.9)", "keras-rmsprop(centered=1)", "keras-rmsprop(momentum=0.9, centered=1)", "keras-adam(amsgrad=1)",
                "keras-adamw(amsgrad=1)", "keras-adamw(lr=0.01, weight_decay=0.1)"));
        return list;
    }

    static List<Arguments> mistakes() {
        var list = new ArrayList<Arguments>();
        for (String rule : OptimizerCatalog.names()) {
            for (Mistake m : RuleExercises.of(rule).mistakes()) {
                list.add(Arguments.of(SHOWCASE.getOrDefault(rule, rule), m.id()));
            }
        }
        return list;
    }

    private static Checker checker(OptimizerSpec spec) {
        return new Checker(spec, LabFixtures.points(), null);
    }

    @Test
    void everyCatalogRuleHasStateMistakesAndAReference() {
        assertEquals(OptimizerCatalog.names(), RuleExercises.withReferences());
        for (String rule : OptimizerCatalog.names()) {
            assertNotNull(References.of(rule, null), rule);
            int mistakes = RuleExercises.of(rule).mistakes().size();
            assertTrue(mistakes >= 2 && mistakes <= 7, rule + ": " + mistakes + " mistakes");
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void javaReferenceSolutionPasses(String exercise) {
        OptimizerSpec spec = OptimizerCatalog.parse(exercise);
        LabResult r = checker(spec).check(JavaSubmission.load(LabFixtures.solution(dir, "java", spec.name(), null)), "java");
        assertEquals(LabResult.PASS, r.exitCode(), ResultFormat.text(r));
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void pythonReferenceSolutionPasses(String exercise) {
        OptimizerSpec spec = OptimizerCatalog.parse(exercise);
        LabResult r = checker(spec).check(PythonSubmission.load(LabFixtures.solution(dir, "python", spec.name(), null)), "python");
        assertEquals(LabResult.PASS, r.exitCode(), ResultFormat.text(r));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void javaMistakeIsDiagnosedByName(String exercise, String mistake) {
        OptimizerSpec spec = OptimizerCatalog.parse(exercise);
        LabResult r = checker(spec).check(() -> new RuleSession(References.of(spec.name(), mistake)), "java");
        assertDiagnosed(mistake, r);
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void pythonMistakeIsDiagnosedByName(String exercise, String mistake) {
        OptimizerSpec spec = OptimizerCatalog.parse(exercise);
        LabResult r = checker(spec).check(PythonSubmission.load(LabFixtures.solution(dir, "python", spec.name(), mistake)), "python");
        assertDiagnosed(mistake, r);
    }

    private static void assertDiagnosed(String mistake, LabResult r) {
        assertEquals(LabResult.WRONG, r.exitCode(), ResultFormat.text(r));
        assertNotNull(r.diagnosis(), ResultFormat.text(r));
        assertEquals(mistake, r.diagnosis().id(), ResultFormat.text(r));
    }
}
