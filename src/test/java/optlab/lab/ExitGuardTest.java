package optlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submission that ends the JVM still gets its result from {@code lab check}: could not run, 0 out of the exercise's full points, exit code 2. */
class ExitGuardTest {

    @TempDir
    Path dir;

    @Test
    void systemExitStillWritesTheGradescopeResultOutOfTheFullPoints() throws Exception {
        Path folder = Submissions.write(dir).resolve("grace-calls-exit");
        Path results = dir.resolve("results.json");
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Doptlab.home=" + System.getProperty("optlab.home", "."), "-cp", System.getProperty("java.class.path"), "optlab.cli.Main",
                "lab", "check", folder.toString(), "--against", "adam", "--format", "gradescope", "--output", results.toString(), "--steps", "0")
                .redirectErrorStream(true).redirectOutput(dir.resolve("check.log").toFile()).start();
        assertTrue(check.waitFor(180, TimeUnit.SECONDS), "the check did not end");
        assertEquals(LabResult.NOT_RUN, check.exitValue(), Files.readString(dir.resolve("check.log")));
        JsonNode root = new ObjectMapper().readTree(results.toFile());
        assertEquals(0.0, root.get("score").asDouble());
        assertEquals(8.0, root.get("max_score").asDouble());
        assertTrue(root.get("output").asText().contains("System.exit"), root.toString());
        for (JsonNode test : root.get("tests")) {
            assertEquals("failed", test.get("status").asText());
        }
    }
}
