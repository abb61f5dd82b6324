package optlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code lab new}: every rule's sheet has its formula, the state to keep and the defaults, and the skeletons create that state. */
class ExerciseSheetTest {

    @TempDir
    Path dir;

    static List<String> rules() {
        return OptimizerCatalog.names();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theSheetShowsTheFormulaTheStateAndTheDefaults(String rule) throws Exception {
        ExerciseWriter.write(rule, "java", dir.resolve("java"));
        ExerciseWriter.write(rule, "python", dir.resolve("python"));
        String sheet = Files.readString(dir.resolve("java/README.md"));
        OptimizerSpec spec = OptimizerCatalog.parse(rule);
        for (String line : Sheet.of(rule).equations().split("\n")) {
            assertTrue(sheet.contains(line.strip()), rule + ": the sheet lacks '" + line + "'\n" + sheet);
        }
        List<String> state = RuleExercises.of(rule).state(spec);
        for (String name : state) {
            assertTrue(sheet.contains("`" + name + "`"), rule + ": the sheet does not name state " + name);
            assertTrue(Files.readString(dir.resolve("java/Solution.java")).contains("state.put(\"" + name + "\""), rule);
            assertTrue(Files.readString(dir.resolve("python/solution.py")).contains("\"" + name + "\": zeros(size)"), rule);
        }
        if (state.isEmpty()) {
            assertTrue(sheet.contains("State to keep: none"), sheet);
        }
        assertTrue(sheet.contains("| lr | " + spec.learningRate() + " |"), sheet);
        for (Map.Entry<String, Double> e : spec.params().entrySet()) {
            assertTrue(sheet.contains("| " + e.getKey() + " | " + e.getValue() + " |"), rule + ": the sheet lacks the default of " + e.getKey());
        }
        assertEquals(rule, ExerciseFile.read(dir.resolve("java"), null).exercise());
    }

    @Test
    void anExerciseWithItsOwnHyperparametersKeepsThemAndTheStateTheyAdd() throws Exception {
        ExerciseWriter.write("keras-rmsprop(momentum=0.9, centered=1)", "java", dir);
        OptimizerSpec spec = OptimizerCatalog.parse(ExerciseFile.read(dir, null).exercise());
        assertEquals(OptimizerCatalog.parse("keras-rmsprop(momentum=0.9, centered=1)"), spec);
        String sheet = Files.readString(dir.resolve("README.md"));
        assertTrue(sheet.contains("keep `v`, `mg`, `mom`"), sheet);
        assertTrue(sheet.contains("| centered | 1.0 |"), sheet);
        assertEquals(List.of("v"), RuleExercises.of("keras-rmsprop").state(OptimizerCatalog.parse("keras-rmsprop")));
    }

    @Test
    void aLookAheadRuleSaysTheGradientComesFromTheLookAheadPoint() throws Exception {
        ExerciseWriter.write("nesterov-textbook", "python", dir);
        String sheet = Files.readString(dir.resolve("README.md"));
        assertTrue(sheet.contains("as the course writes it"), sheet);
        assertTrue(sheet.contains("Do not look ahead yourself"), sheet);
        assertTrue(sheet.contains("no MNIST stage"), sheet);
    }
}
