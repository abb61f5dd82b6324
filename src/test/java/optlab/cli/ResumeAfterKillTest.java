package optlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import optlab.results.RunClaims;
import optlab.testing.RealMnist;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A sweep killed halfway (SIGKILL, no chance to clean up) finishes on the next run without
 * training again any run that was already stored, and without touching those results.
 */
class ResumeAfterKillTest {

    private static final int RUNS = 8;

    @TempDir
    Path temp;

    /** In one process, and with two worker processes, which stop with the sweep that started them. */
    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void killedSweepResumesWithoutRedoingFinishedRuns(String jobs) throws Exception {
        RealMnist.load();
        Path spec = temp.resolve("sweep.yaml");
        Files.writeString(spec, """
                model: {layers: [784, 8, 10]}
                vary: {activation: [relu, tanh, sigmoid, leaky_relu]}
                training: {epochs: 1, batch_size: 128, log_every: 1000}
                repeats: 2
                optimizers: ['sgd(lr=0.1)']
                implementations: [scratch]
                """);
        Path out = temp.resolve("out");
        String[] args = {"report", spec.toString(), "--out", out.toString(), "--data-dir", RealMnist.FOLDER.toString(), "--jobs", jobs};

        Process sweep = new ProcessBuilder(command(args)).redirectErrorStream(true)
                .redirectOutput(temp.resolve("killed.log").toFile()).start();
        while (stored(out).size() < 2 && sweep.isAlive()) {
            Thread.sleep(20);
        }
        sweep.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        var claims = new RunClaims(out, Duration.ofMinutes(2));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (claims.liveHere() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, claims.liveHere(), "the workers stopped with the sweep");
        Map<Path, byte[]> before = contents(stored(out));
        Thread.sleep(1000);
        assertEquals(before.keySet(), contents(stored(out)).keySet(), "nothing trains on after the sweep is gone");
        assertTrue(before.size() >= 2 && before.size() < RUNS,
                "killed after " + before.size() + " of " + RUNS + " runs:\n" + Files.readString(temp.resolve("killed.log")));

        var errors = new StringWriter();
        CommandLine cli = Main.commandLine(false);
        cli.setErr(new PrintWriter(errors, true));
        var stdout = System.out;
        var captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        int exit;
        try {
            exit = cli.execute(args);
        } finally {
            System.setOut(stdout);
        }
        String output = captured.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(0, exit, errors + output);
        assertEquals(RUNS, stored(out).size());
        assertEquals(before.size(), output.lines().filter(l -> l.contains("not trained again")).count(), output);
        assertEquals(RUNS - before.size(), output.lines().filter(l -> l.contains("done: test accuracy")).count(), output);
        for (var e : before.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(e.getKey()), e.getKey() + " was rewritten");
        }
        assertTrue(Files.exists(out.resolve("index.html")));
    }

    static List<String> command(String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new java.util.ArrayList<>(List.of(java, "-Xmx2g", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static List<Path> stored(Path out) throws IOException {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (var dirs = Files.list(runs)) {
            return dirs.map(d -> d.resolve("result.json")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<Path, byte[]> contents(List<Path> files) throws IOException {
        var map = new LinkedHashMap<Path, byte[]>();
        for (Path f : files) {
            map.put(f, Files.readAllBytes(f));
        }
        return map;
    }
}
