package optlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ND4J (built for javacpp 1.5.7) and TensorFlow Java (javacpp 1.5.10) share one JVM only because
 * the pom pins javacpp 1.5.10. Each order runs in a fresh JVM, since natives load once per process.
 */
class NativeLibrariesTest {

    @ParameterizedTest
    @ValueSource(strings = {"nd4j-first", "tensorflow-first"})
    void bothLibrariesLoadInOneJvm(String order) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), NativeLoadProbe.class.getName(), order)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe timed out");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("nd4j=10.0 tensorflow=10.0"), output);
    }
}
