package optlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import optlab.testing.RealMnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs: the same spec writes the same results (timings aside), two redraws of one store in two
 * JVMs give the same page and CSV files byte for byte, and two sweeps of two worker processes each, sharing one store,
 * train each run once.
 */
class TwoJvmTest {

    @TempDir
    Path temp;

    private Path spec(int repeats) throws IOException {
        return Files.writeString(temp.resolve("tiny.yaml"), "model: {layers: [784, 2, 10]}\n"
                + "training: {epochs: 1, batch_size: 6000, log_every: 1000}\nrepeats: " + repeats + "\n"
                + "optimizers: ['momentum(lr=0.05, momentum=0.8) @ step(factor=0.5, every_epochs=1)', 'adam(lr=0.01, beta2=0.99)']\n"
                + "implementations: [scratch]\n");
    }

    private List<Process> start(String[]... commands) throws IOException {
        var processes = new java.util.ArrayList<Process>();
        int i = 0;
        for (String[] args : commands) {
            processes.add(new ProcessBuilder(ResumeAfterKillTest.command(args)).redirectErrorStream(true)
                    .redirectOutput(temp.resolve("jvm" + i++ + ".log").toFile()).start());
        }
        return processes;
    }

    private String finish(List<Process> processes) throws Exception {
        var logs = new StringBuilder();
        for (int i = 0; i < processes.size(); i++) {
            assertTrue(processes.get(i).waitFor(5, TimeUnit.MINUTES));
            String log = Files.readString(temp.resolve("jvm" + i + ".log"));
            assertEquals(0, processes.get(i).exitValue(), log);
            logs.append(log);
        }
        return logs.toString();
    }

    @Test
    void theSameSpecWritesTheSameFilesInTwoJvms() throws Exception {
        RealMnist.load();
        Path spec = spec(1);
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        String data = RealMnist.FOLDER.toString();
        finish(start(new String[] {"train", spec.toString(), "--out", a.toString(), "--data-dir", data},
                new String[] {"train", spec.toString(), "--out", b.toString(), "--data-dir", data}));
        List<Path> files = files(a);
        assertEquals(files, files(b));
        for (Path file : files) {
            assertEquals(WithoutTimings.of(a.resolve(file)), WithoutTimings.of(b.resolve(file)), file.toString());
        }

        Path first = temp.resolve("redrawn-1");
        Path second = temp.resolve("redrawn-2");
        finish(start(new String[] {"report", "--from", a.toString(), "--out", first.toString()},
                new String[] {"report", "--from", a.toString(), "--out", second.toString()}));
        List<Path> drawn = files(first);
        assertTrue(drawn.contains(Path.of("index.html")) && drawn.contains(Path.of("summary.csv")), drawn.toString());
        assertEquals(drawn, files(second));
        for (Path file : drawn) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file + " differs between two redraws");
        }
    }

    @Test
    void twoWorkersOnOneStoreTrainEachRunOnce() throws Exception {
        RealMnist.load();
        Path spec = spec(3);
        Path out = temp.resolve("shared");
        String[] args = {"train", spec.toString(), "--out", out.toString(), "--data-dir", RealMnist.FOLDER.toString(), "--jobs", "2"};
        String logs = finish(start(args, args));
        assertEquals(6, logs.lines().filter(l -> l.contains("done: test accuracy")).count(), logs);
        assertEquals(6, logs.lines().filter(l -> l.contains("not trained again")).count(), logs);
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertEquals(6, runs.count());
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(folder::relativize).filter(p -> !p.startsWith("claims")).sorted().toList();
        }
    }
}
