package optlab.cli;

import static optlab.cli.CliOutcome.runWithConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import optlab.results.ResultsStore;
import optlab.results.RunResult;
import optlab.results.RunStatus;
import optlab.testing.RealMnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --jobs}: runs trained in worker processes store what one process stores, bit for bit (timings aside), with the
 * runs that trained beside others marked; a worker killed mid-run is named with its run, the other runs finish, and the
 * next sweep trains only that run.
 */
class JobsTest {

    /**
     * A learning-rate search of 2 x 3 runs on scratch, then a study of 2 optimizers x 2 seeds x 2 trainers at the chosen
     * rates (its seed-42 scratch runs are search runs, stored once): 12 runs, 2 verdicts.
     */
    private static final String TUNED = """
            name: tuned
            validation: 0.1
            model: {layers: [784, 4, 10]}
            training: {epochs: 2, batch_size: 500, log_every: 1000}
            repeats: 2
            optimizers: ['sgd', 'adam']
            tune: {lr: {from: 0.001, to: 0.1, per_decade: 1}, epochs: 2, on: scratch}
            implementations: [scratch, tensorflow]
            """;

    /** Six runs of a few seconds each; sgd at 1e30 diverges on both trainers. */
    private static final String SIX = """
            name: six
            model: {layers: [784, 32, 10], activation: linear}
            training: {epochs: 3, batch_size: 128, log_every: 1000}
            optimizers: ['sgd(lr=0.05)', 'sgd(lr=1e30)', 'adam']
            implementations: [scratch, tensorflow]
            """;

    @TempDir
    Path temp;

    @Test
    void jobsTwoStoresBitForBitWhatJobsOneStoresAndMarksTheRunsThatTrainedAtOnce() throws Exception {
        RealMnist.load();
        Path spec = Files.writeString(temp.resolve("tuned.yaml"), TUNED);
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");

        CliOutcome alone = runWithConsole("report", spec.toString(), "--jobs", "1", "--out", one.toString(), "--data-dir", data());
        assertEquals(0, alone.exit(), alone.err() + alone.out());
        CliOutcome parallel = runWithConsole("report", spec.toString(), "--jobs", "2", "--out", two.toString(), "--data-dir", data());
        assertEquals(0, parallel.exit(), parallel.err() + parallel.out());

        List<Path> files = results(one);
        assertEquals(files, results(two));
        assertEquals(12, files.stream().filter(p -> p.endsWith("result.json")).count(), files.toString());
        assertEquals(2, files.stream().filter(p -> p.startsWith("validation")).count(), files.toString());
        for (Path file : files) {
            assertEquals(WithoutTimings.of(one.resolve(file)), WithoutTimings.of(two.resolve(file)), file + " differs");
        }
        assertEquals(Files.readString(one.resolve("study.csv")), Files.readString(two.resolve("study.csv")));

        String out = parallel.out();
        assertTrue(out.contains("learning-rate search: 6 runs to train, 2 at once") && out.contains("study: 6 runs to train, 2 at once"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("w1 ")) && out.lines().anyMatch(l -> l.startsWith("w2 ")), out);
        assertEquals(12, count(out, "done: test accuracy"), out);
        assertEquals(2, out.lines().filter(l -> l.matches("w\\d lockstep \\[\\d/2\\] pass .*")).count(), "the workers computed the verdicts: " + out);
        assertTrue(out.lines().allMatch(l -> !l.contains("\033") && !l.contains("\r")), "piped output has no control characters");
        assertTrue(out.lines().filter(l -> l.startsWith("w") || l.startsWith("all [")).allMatch(l -> l.length() <= ProgressLine.WIDTH), out);

        assertTrue(new ResultsStore(one).all().stream().allMatch(r -> r.runsAtOnce() == null), "alone, no run is marked");
        List<RunResult> marked = new ResultsStore(two).all().stream().filter(r -> r.concurrency() == 2).toList();
        assertFalse(marked.isEmpty(), "two workers trained side by side");
        String page = Files.readString(two.resolve("index.html"));
        assertTrue(page.contains("(2 at once)") && page.contains("measured with up to N runs training at once"), "the report marks them");
        assertFalse(Files.readString(one.resolve("index.html")).contains("at once"));
        assertTrue(Files.readString(two.resolve("experiments/tuned.json")).contains("\"runs at once\" : \"2 worker processes (--jobs)\""));
    }

    @Test
    void aWorkerKilledMidRunIsNamedWithItsRunTheOthersFinishAndTheNextSweepTrainsOnlyThatOne() throws Exception {
        RealMnist.load();
        Path spec = Files.writeString(temp.resolve("six.yaml"), SIX);
        Path out = temp.resolve("out");
        Path log = temp.resolve("sweep.log");
        Process sweep = new ProcessBuilder(ResumeAfterKillTest.command("train", spec.toString(), "--jobs", "2", "--out", out.toString(),
                "--data-dir", data())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String killedRun = null;
        while (sweep.isAlive() && killedRun == null) {
            for (Path claim : claims(out)) {
                Optional<ProcessHandle> worker = holder(claim);
                if (worker.isPresent() && worker.get().pid() != sweep.pid() && worker.get().destroyForcibly()) {
                    killedRun = claim.getFileName().toString().replace(".claim", "");
                    break;
                }
            }
            Thread.sleep(20);
        }
        assertTrue(killedRun != null, "a worker was killed while it held a claim:\n" + Files.readString(log));
        assertTrue(sweep.waitFor(5, TimeUnit.MINUTES));
        String said = Files.readString(log);

        assertEquals(1, sweep.exitValue(), said);
        String error = said.lines().filter(l -> l.startsWith("optlab: ")).findFirst().orElse("");
        assertTrue(error.startsWith("optlab: 1 of the 6 runs is not stored: ") && error.contains("(run " + killedRun + ") crashed its worker: killed by signal 9"),
                said);
        assertTrue(said.lines().anyMatch(l -> l.matches("w\\d crashed training .*: killed by signal 9.*; the other runs go on")), said);
        var store = new ResultsStore(out);
        assertEquals(5, store.all().size(), said);
        assertTrue(store.find(killedRun).isEmpty());
        long diverging = killedRun.startsWith("sgd-lr-1.0E30") ? 1 : 2;
        assertEquals(diverging, store.all().stream().filter(r -> r.status() == RunStatus.DIVERGED).count(),
                "the diverging runs are stored as diverged, and the sweep went on: " + said);
        assertTrue(claims(out).isEmpty(), "no claim is left behind");

        CliOutcome rerun = runWithConsole("train", spec.toString(), "--jobs", "2", "--out", out.toString(), "--data-dir", data());
        assertEquals(0, rerun.exit(), rerun.err() + rerun.out());
        assertEquals(5, count(rerun.out(), "not trained again"), rerun.out());
        assertEquals(1, count(rerun.out(), "done: test accuracy") + count(rerun.out(), "diverged at epoch"), rerun.out());
        assertEquals(6, store.all().size());
    }

    @Test
    void badJobsAreNamedAndJobsNeedsRunsToTrain() {
        assertOneLineError(runWithConsole("report", "--jobs", "0", "--out", temp.toString()), "--jobs", "at least 1, got 0");
        assertOneLineError(runWithConsole("train", "--jobs", "-3", "--out", temp.toString()), "--jobs", "got -3");
        assertOneLineError(runWithConsole("report", "--from", temp.toString(), "--jobs", "2"), "--jobs trains and --from draws");
        assertOneLineError(runWithConsole("report", "--shard", "1/2", "--jobs", "2", "--out", temp.toString(), "--data-dir", data()),
                "--jobs", "start more shards");
        CliOutcome word = runWithConsole("report", "--jobs", "many");
        assertEquals(Main.BAD_INPUT, word.exit());
        assertTrue(word.err().lines().findFirst().orElse("").contains("--jobs"), word.err());
    }

    @Test
    void byDefaultOneWorkerPerCoreButNeverMoreThanTheRunsStillToTrain() {
        assertEquals(2, JobsOption.choose(null, 2, 6));
        assertEquals(3, JobsOption.choose(null, 16, 3));
        assertEquals(1, JobsOption.choose(null, 1, 6), "one core: trained in this process");
        assertEquals(1, JobsOption.choose(null, 8, 0), "nothing to train: no worker");
        assertEquals(4, JobsOption.choose(4, 2, 10), "as asked, even beyond the cores");
        assertEquals(5, JobsOption.choose(8, 2, 5), "never more workers than runs");
        assertEquals(1, JobsOption.choose(1, 16, 10));
    }

    private static void assertOneLineError(CliOutcome o, String... fragments) {
        assertEquals(Main.BAD_INPUT, o.exit(), o.err());
        String first = o.err().lines().findFirst().orElse("");
        for (String fragment : fragments) {
            assertTrue(first.contains(fragment), "'" + fragment + "' not in: " + first);
        }
    }

    private static String data() {
        return RealMnist.FOLDER.toString();
    }

    private static long count(String log, String fragment) {
        return log.lines().filter(l -> l.contains(fragment)).count();
    }

    /** The live process that holds a claim, empty when it was released meanwhile. */
    private static Optional<ProcessHandle> holder(Path claim) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(claim).split(" ")[0]));
        } catch (IOException released) {
            return Optional.empty();
        }
    }

    private static List<Path> claims(Path store) throws IOException {
        Path folder = store.resolve("claims");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.toString().endsWith(".claim")).toList();
        }
    }

    /** The stored runs and verdicts, relative to the store. */
    private static List<Path> results(Path store) throws IOException {
        try (Stream<Path> all = Files.walk(store)) {
            return all.filter(Files::isRegularFile).map(store::relativize)
                    .filter(p -> p.endsWith("result.json") || p.startsWith("validation")).sorted().toList();
        }
    }
}
