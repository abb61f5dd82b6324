package optlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import optlab.data.Preprocessor;
import optlab.spec.OptimizerCatalog;
import optlab.spec.Preprocessing;
import optlab.testing.RealMnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check's stages and its failures: a state mistake with the right weights, a skeleton, a compile error, a throwing step, the MNIST stage. */
class CheckTest {

    @TempDir
    Path dir;

    private static Checker checker(String rule) {
        return new Checker(OptimizerCatalog.parse(rule), LabFixtures.points(), null);
    }

    @Test
    void aStateMistakeWithRightWeightsFailsTheStateStage() {
        LabResult r = checker("momentum").check(() -> new RuleSession(References.of("momentum", "lr-inside-buffer")), "java");
        assertEquals(StageResult.Status.PASSED, r.stages().get(0).status());
        assertEquals(StageResult.Status.FAILED, r.stages().get(1).status());
        assertEquals("accum", r.difference().array());
    }

    @Test
    void theSkeletonCompilesAndFails() throws Exception {
        ExerciseWriter.write("adam", "java", dir.resolve("adam"));
        LabResult r = checker("adam").check(JavaSubmission.load(dir.resolve("adam")), "java");
        assertEquals(LabResult.WRONG, r.exitCode(), ResultFormat.text(r));
        assertEquals(1, r.difference().step());
        ExerciseWriter.write("adam", "python", dir.resolve("adam-py"));
        assertEquals(LabResult.WRONG, checker("adam").check(PythonSubmission.load(dir.resolve("adam-py")), "python").exitCode());
    }

    @Test
    void aCompileErrorIsNotRunWithTheCompilersMessage() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(folder.resolve("Solution.java"), "public class Solution implements optlab.lab.StudentRule { int x = ; }");
        var e = org.junit.jupiter.api.Assertions.assertThrows(SubmissionException.class, () -> JavaSubmission.load(folder));
        assertTrue(e.getMessage().startsWith("does not compile"), e.getMessage());
    }

    @Test
    void aThrowingPythonStepIsNotRun() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("throws"));
        Files.writeString(folder.resolve("solution.py"), "def init(size, hp):\n    return {}\n\ndef step(w, g, state, hp):\n    print('garbage')\n    return 1 / 0\n");
        LabResult r = checker("sgd").check(PythonSubmission.load(folder), "python");
        assertEquals(LabResult.NOT_RUN, r.exitCode());
        assertTrue(r.error().contains("ZeroDivisionError"), r.error());
    }

    @Test
    void mnistLockstepPassesForTheReferenceAndCatchesAStateMistake() {
        var train = Preprocessor.prepare(RealMnist.load().train(), RealMnist.load().test(), Preprocessing.SCALE, 0, 42).train();
        var checker = new Checker(OptimizerCatalog.parse("adam"), LabFixtures.points(), new MnistStage(() -> train, 10));
        LabResult r = checker.check(JavaSubmission.load(LabFixtures.solution(dir, "java", "adam", null)), "java");
        assertEquals(LabResult.PASS, r.exitCode(), ResultFormat.text(r));
        assertEquals(3, r.stagesPassed());
        assertNull(r.difference());
    }
}
