package optlab.cli;

import static optlab.cli.CliOutcome.runWithConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import optlab.testing.RealMnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --shard I/N}: shards in separate JVMs on one store train every run once and store
 * what one process stores, bit for bit; a shard killed mid-run is taken over; {@code --from} merges
 * stores, names what is missing, and with {@code --wait} draws once the shards are done.
 */
class ShardTest {

    /**
     * A learning-rate search of 2 x 3 runs, then a study of 2 x 2 runs at the chosen rates (its seed-42
     * runs are the search's runs at those rates, stored once): 8 runs, and 2 verdicts.
     */
    private static final String STUDY = """
            name: sharded
            validation: 0.1
            model: {layers: [784, 2, 10]}
            training: {epochs: 1, batch_size: 1000, log_every: 1000}
            repeats: 2
            optimizers: ['sgd', 'momentum(momentum=0.9)']
            tune: {lr: {from: 0.001, to: 0.1, per_decade: 1}, epochs: 1, on: scratch}
            implementations: [scratch]
            """;
    private static final int RUNS = 8;

    @TempDir
    Path temp;

    @Test
    void shardsInSeparateJvmsTrainEveryRunOnceAndStoreWhatOneProcessStores() throws Exception {
        RealMnist.load();
        Path spec = Files.writeString(temp.resolve("sharded.yaml"), STUDY);
        Path shared = temp.resolve("shared");
        Path single = temp.resolve("single");
        List<Process> jvms = new ArrayList<>();
        jvms.add(start("waiter", "report", "sharded", "--from", shared.toString(), "--wait", "--out", temp.resolve("drawn").toString()));
        for (int i = 1; i <= 3; i++) {
            jvms.add(start("shard" + i, "report", spec.toString(), "--shard", i + "/3", "--out", shared.toString(), "--data-dir", data()));
        }
        jvms.add(start("single", "report", spec.toString(), "--out", single.toString(), "--data-dir", data(), "--jobs", "1"));
        for (Process jvm : jvms) {
            assertTrue(jvm.waitFor(5, TimeUnit.MINUTES), "a JVM did not finish");
        }
        String shards = log("shard1") + log("shard2") + log("shard3");
        for (String name : List.of("waiter", "shard1", "shard2", "shard3", "single")) {
            assertEquals(0, jvms.get(List.of("waiter", "shard1", "shard2", "shard3", "single").indexOf(name)).exitValue(), log(name));
        }

        assertEquals(RUNS, count(shards, "done: test accuracy"), "each run trained by exactly one shard:\n" + shards);
        assertTrue(shards.contains("draw the report with") && !Files.exists(shared.resolve("index.html")), shards);
        assertEquals(results(single), results(shared));
        for (Path file : results(single)) {
            assertEquals(WithoutTimings.of(single.resolve(file)), WithoutTimings.of(shared.resolve(file)), file + " differs");
        }
        assertTrue(Files.readString(temp.resolve("drawn/index.html")).contains("sharded"), log("waiter"));
        assertEquals(Files.readString(single.resolve("study.csv")), Files.readString(temp.resolve("drawn/study.csv")));
    }

    @Test
    void aShardKilledMidRunIsTakenOverAndItsRerunFinishesTheStudy() throws Exception {
        RealMnist.load();
        Path spec = Files.writeString(temp.resolve("sharded.yaml"), STUDY);
        Path shared = temp.resolve("shared");
        Process doomed = start("doomed", "report", spec.toString(), "--shard", "1/2", "--out", shared.toString(), "--data-dir", data());
        Path claims = shared.resolve("claims");
        while (doomed.isAlive() && !(Files.isDirectory(claims) && claimCount(claims) > 0)) {
            Thread.sleep(20);
        }
        doomed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(claimCount(claims) > 0, "killed while holding a claim:\n" + log("doomed"));
        long storedBefore = runsIn(shared);

        CliOutcome second = runWithConsole("report", spec.toString(), "--shard", "2/2", "--out", shared.toString(), "--data-dir", data());
        assertEquals(0, second.exit(), second.err() + second.out());
        CliOutcome rerun = runWithConsole("report", spec.toString(), "--shard", "1/2", "--out", shared.toString(), "--data-dir", data());
        assertEquals(0, rerun.exit(), rerun.err() + rerun.out());

        long trained = count(second.out(), "done: test accuracy") + count(rerun.out(), "done: test accuracy");
        assertEquals(RUNS - storedBefore, trained, "the run killed midway is trained once more, nothing else:\n" + second.out() + rerun.out());
        assertEquals(RUNS, runsIn(shared));
        assertEquals(0, claimCount(claims), "no claim is left behind");
        CliOutcome drawn = runWithConsole("report", "--from", shared.toString());
        assertEquals(0, drawn.exit(), drawn.err());
    }

    @Test
    void fromMergesTheStoresOfShardsAndNamesTheRunsStillMissing() throws Exception {
        RealMnist.load();
        Path spec = Files.writeString(temp.resolve("sharded.yaml"), STUDY.replaceAll("tune: .*\n", ""));
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        assertEquals(0, runWithConsole("report", spec.toString(), "--shard", "1/2", "--out", a.toString(), "--data-dir", data()).exit());

        CliOutcome half = runWithConsole("report", "--from", a.toString());
        assertEquals(Main.BAD_INPUT, half.exit(), half.err());
        String line = half.err().lines().findFirst().orElse("");
        assertTrue(line.contains(a + ": 2 of the 4 runs of experiment 'sharded' are not stored yet ("), line);
        assertTrue(line.contains("wait for every shard to finish"), line);

        assertEquals(0, runWithConsole("report", spec.toString(), "--shard", "2/2", "--out", b.toString(), "--data-dir", data()).exit());
        Path merged = temp.resolve("merged");
        CliOutcome both = runWithConsole("report", "--from", a + "," + b, "--out", merged.toString());
        assertEquals(0, both.exit(), both.err());
        assertEquals(3, Files.readAllLines(merged.resolve("study.csv")).size(), "a header and a row per optimizer");
    }

    private Process start(String name, String... args) throws IOException {
        return new ProcessBuilder(ResumeAfterKillTest.command(args)).redirectErrorStream(true)
                .redirectOutput(temp.resolve(name + ".log").toFile()).start();
    }

    private String log(String name) throws IOException {
        return Files.readString(temp.resolve(name + ".log"));
    }

    private static String data() {
        return RealMnist.FOLDER.toString();
    }

    private static long count(String log, String fragment) {
        return log.lines().filter(l -> l.contains(fragment)).count();
    }

    private static long claimCount(Path claims) throws IOException {
        if (!Files.isDirectory(claims)) {
            return 0;
        }
        try (Stream<Path> all = Files.list(claims)) {
            return all.filter(p -> p.toString().endsWith(".claim")).count();
        }
    }

    private static long runsIn(Path store) throws IOException {
        return results(store).stream().filter(p -> p.endsWith("result.json")).count();
    }

    /** The stored runs and verdicts, relative to the store (not the per-run CSVs a report draws beside them). */
    private static List<Path> results(Path store) throws IOException {
        try (Stream<Path> all = Files.walk(store)) {
            return all.filter(Files::isRegularFile).map(store::relativize)
                    .filter(p -> p.endsWith("result.json") || p.startsWith("validation")).sorted().toList();
        }
    }
}
