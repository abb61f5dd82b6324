package optlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layer exercises: the reference solutions pass every stage, TensorFlow's included, in Java and
 * in Python (with NumPy and with plain lists); every known mistake is named by the diagnosis, in
 * Java and in Python; the skeletons compile and fail.
 */
class LayerCheckTest {

    /** Mistakes that show only where float32's e^z overflows; plain Python lists compute in double. */
    private static final Set<String> FLOAT32_ONLY = Set.of("no-max-subtraction", "log-of-softmax");

    @TempDir
    Path dir;

    static List<String> layers() {
        return LayerExercises.names();
    }

    static List<Arguments> mistakes() {
        var list = new ArrayList<Arguments>();
        for (String layer : LayerExercises.names()) {
            for (Mistake m : LayerExercises.of(layer).mistakes()) {
                list.add(Arguments.of(layer, m.id()));
            }
        }
        return list;
    }

    /** The mistakes plain Python lists show: those that need float32's overflow show only under NumPy. */
    static List<Arguments> plainListMistakes() {
        return mistakes().stream().filter(a -> !FLOAT32_ONLY.contains((String) a.get()[1])).toList();
    }

    static List<String> float32OnlyMistakes() {
        return List.copyOf(FLOAT32_ONLY);
    }

    private static LayerChecker checker(String layer) {
        return new LayerChecker(LayerExercises.of(layer), LabFixtures.points());
    }

    @ParameterizedTest
    @MethodSource("layers")
    void optlabsReferencePassesEveryStage(String layer) {
        LabResult r = checker(layer).check(() -> LayerReferences.session(layer, null), "java");
        assertEquals(LabResult.PASS, r.exitCode(), ResultFormat.text(r));
        assertEquals(4, r.stagesPassed(), ResultFormat.text(r));
    }

    @ParameterizedTest
    @MethodSource("layers")
    void javaReferenceSolutionPasses(String layer) {
        LabResult r = checker(layer).check(LabFixtures.solution(dir, "java", layer, null), "java");
        assertEquals(LabResult.PASS, r.exitCode(), ResultFormat.text(r));
    }

    @ParameterizedTest
    @MethodSource("layers")
    void pythonReferenceSolutionPasses(String layer) {
        LabResult r = checker(layer).check(LabFixtures.solution(dir, "python", layer, null), "python");
        assertEquals(LabResult.PASS, r.exitCode(), ResultFormat.text(r));
    }

    @ParameterizedTest
    @MethodSource("layers")
    void pythonReferenceSolutionPassesOnPlainLists(String layer) {
        Path folder = LabFixtures.solution(dir, "python", layer, null);
        LabResult r = checker(layer).check(PythonLayerSession.load(folder, LayerExercises.of(layer), Map.of("OPTLAB_LAB_NUMPY", "0")), "python");
        assertEquals(LabResult.PASS, r.exitCode(), ResultFormat.text(r));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void javaMistakeIsDiagnosedByName(String layer, String mistake) {
        LabResult r = checker(layer).check(() -> LayerReferences.session(layer, mistake), "java");
        assertEquals(LabResult.WRONG, r.exitCode(), ResultFormat.text(r));
        assertNotNull(r.diagnosis(), ResultFormat.text(r));
        assertEquals(mistake, r.diagnosis().id(), ResultFormat.text(r));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void pythonMistakeIsDiagnosedByName(String layer, String mistake) {
        assumeTrue(!FLOAT32_ONLY.contains(mistake) || LabFixtures.pythonHasNumpy(), "needs NumPy's float32");
        LabResult r = checker(layer).check(LabFixtures.solution(dir, "python", layer, mistake), "python");
        assertEquals(LabResult.WRONG, r.exitCode(), ResultFormat.text(r));
        assertNotNull(r.diagnosis(), ResultFormat.text(r));
        assertEquals(mistake, r.diagnosis().id(), ResultFormat.text(r));
    }

    @ParameterizedTest
    @MethodSource("plainListMistakes")
    void pythonMistakeIsDiagnosedOnPlainLists(String layer, String mistake) {
        Path folder = LabFixtures.solution(dir, "python", layer, mistake);
        LabResult r = checker(layer).check(PythonLayerSession.load(folder, LayerExercises.of(layer), Map.of("OPTLAB_LAB_NUMPY", "0")), "python");
        assertEquals(LabResult.WRONG, r.exitCode(), ResultFormat.text(r));
        assertNotNull(r.diagnosis(), ResultFormat.text(r));
        assertEquals(mistake, r.diagnosis().id(), ResultFormat.text(r));
    }

    /** Plain lists compute in double, where e^z does not overflow at these logits: the check fails, but cannot name the mistake. */
    @ParameterizedTest
    @MethodSource("float32OnlyMistakes")
    void anOverflowMistakeOnPlainListsFailsWithoutAName(String mistake) {
        Path folder = LabFixtures.solution(dir, "python", "softmax-cross-entropy", mistake);
        LabResult r = checker("softmax-cross-entropy").check(PythonLayerSession.load(folder, LayerExercises.of("softmax-cross-entropy"),
                Map.of("OPTLAB_LAB_NUMPY", "0")), "python");
        assertNotEquals(LabResult.PASS, r.exitCode(), ResultFormat.text(r));
    }

    @ParameterizedTest
    @MethodSource("layers")
    void theSkeletonsCompileAndFail(String layer) throws Exception {
        ExerciseWriter.write(layer, "java", dir.resolve("java"));
        LabResult java = checker(layer).check(dir.resolve("java"), "java");
        assertEquals(LabResult.WRONG, java.exitCode(), ResultFormat.text(java));
        assertEquals(StageResult.Status.FAILED, java.stages().get(0).status(), ResultFormat.text(java));
        ExerciseWriter.write(layer, "python", dir.resolve("python"));
        LabResult python = checker(layer).check(dir.resolve("python"), "python");
        assertEquals(LabResult.WRONG, python.exitCode(), ResultFormat.text(python));
        String sheet = Files.readString(dir.resolve("java").resolve("README.md"));
        for (String line : LayerExercises.of(layer).backward()) {
            assertTrue(sheet.contains(line), sheet);
        }
        assertEquals(Set.of(Stage.FORWARD, Stage.BACKWARD, Stage.GRADCHECK, Stage.TENSORFLOW),
                ExerciseFile.read(dir.resolve("java"), null).points().keySet());
    }

    @Test
    void aBackwardThatIsNotTheDerivativeOfItsOwnForwardFailsTheGradientCheck() {
        // Right against the reference on every fixed case, but its forward is not the function it differentiates.
        StudentActivation twisted = new StudentActivation() {
            private final StudentActivation relu = (StudentActivation) LayerReferences.of("relu", null);

            @Override
            public float[] forward(float[] x) {
                float[] y = relu.forward(x);
                boolean smooth = x.length == 8 && Math.abs(x[0]) >= 0.2f && x[0] != -3f;
                if (smooth) {
                    y[0] += 0.5f * x[0];
                }
                return y;
            }

            @Override
            public float[] backward(float[] x, float[] y, float[] gradY) {
                return relu.backward(x, y, gradY);
            }
        };
        LabResult r = checker("relu").check(() -> new JavaLayerSession(LayerExercises.Kind.ACTIVATION, twisted), "java");
        assertEquals(StageResult.Status.FAILED, r.stages().get(2).status(), ResultFormat.text(r));
        assertTrue(r.difference().caseName().contains("central difference"), ResultFormat.text(r));
    }

    @Test
    void anUnknownExerciseNamesTheLayersAndTheRules() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(optlab.spec.SpecException.class, () -> ExerciseWriter.write("relux", "java", dir.resolve("x")));
        assertTrue(e.getMessage().contains("not a layer (relu, sigmoid, tanh, softmax-cross-entropy, dense)"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown optimizer 'relux'"), e.getMessage());
    }

    @Test
    void aCompileErrorIsNotRunWithTheCompilersMessage() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(folder.resolve("Solution.java"), "public class Solution implements optlab.lab.StudentActivation { int x = ; }");
        LabResult r = checker("relu").check(folder, "java");
        assertEquals(LabResult.NOT_RUN, r.exitCode());
        assertTrue(r.error().startsWith("does not compile"), r.error());
    }

    @Test
    void aPythonLayerReturningTooFewArraysIsNotRun() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("short"));
        Files.writeString(folder.resolve("solution.py"), "def forward(x, W, b):\n    return [[0.0]]\n\ndef backward(x, W, b, g):\n    return x\n");
        LabResult r = checker("dense").check(folder, "python");
        assertEquals(LabResult.NOT_RUN, r.exitCode(), ResultFormat.text(r));
        assertTrue(r.error().contains("dx, dW, db"), r.error());
    }
}
