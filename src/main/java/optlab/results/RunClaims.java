package optlab.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import optlab.io.IoReason;

/**
 * Claims on run ids in a shared results store, so that concurrent workers train each run once:
 * {@code claims/<run id>.claim} is created atomically by the one worker that gets it, kept fresh
 * while it trains, and deleted when it is done. A claim not refreshed for {@code timeout}, or made
 * on this machine by a process that is gone, belongs to a dead worker and is taken over
 * (atomically: one taker wins).
 */
public final class RunClaims {

    /** A held claim; closing it releases the run. */
    public interface Claim extends AutoCloseable {
        @Override
        void close();
    }

    private static final String HOST = host();

    private final Path folder;
    private final Duration timeout;
    private final boolean takingOver;

    public RunClaims(Path store, Duration timeout) {
        this(store.resolve("claims"), timeout, true);
    }

    private RunClaims(Path folder, Duration timeout, boolean takingOver) {
        this.folder = folder;
        this.timeout = timeout;
        this.takingOver = takingOver;
    }

    /**
     * These claims, but a dead worker's is left where it is, never taken over: for the workers of a sweep, whose main
     * process takes over the claims of its dead workers itself, so that no worker trains a run another one died of.
     */
    public RunClaims leavingDeadOnes() {
        return new RunClaims(folder, timeout, false);
    }

    /** The claim on {@code runId}, or empty when a live worker holds it (or, {@link #leavingDeadOnes}, a dead one). */
    public Optional<Claim> tryClaim(String runId) {
        Path file = folder.resolve(runId + ".claim");
        try {
            Files.createDirectories(folder);
            if (!create(file)) {
                if (!takingOver || !stale(file) || !takeOver(file) || !create(file)) {
                    return Optional.empty();
                }
            }
        } catch (IOException e) {
            throw new ResultsException("cannot claim run " + runId + " in " + folder + ": " + IoReason.of(e));
        }
        return Optional.of(new Held(file, timeout));
    }

    /** The run (or "validation-" and a verdict's id) whose claim process {@code pid} of this machine made, if it holds one. */
    public Optional<String> heldBy(long pid) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".claim")).filter(f -> madeBy(f, pid)).findFirst()
                    .map(f -> f.getFileName().toString().replaceFirst("\\.claim$", ""));
        } catch (IOException e) {
            throw new ResultsException("cannot list the claims in " + folder + ": " + IoReason.of(e));
        }
    }

    private static boolean madeBy(Path claim, long pid) {
        try {
            String[] fields = Files.readString(claim).trim().split(" ");
            return fields.length >= 2 && fields[1].equals(HOST) && fields[0].equals(String.valueOf(pid));
        } catch (IOException e) {
            return false;
        }
    }

    /** Takes a dead worker's claim on {@code runId} over and lets it go; a live worker's stays, and none is made. */
    public void releaseIfDead(String runId) {
        Path file = folder.resolve(runId + ".claim");
        try {
            if (Files.exists(file) && stale(file)) {
                takeOver(file);
            }
        } catch (IOException e) {
            throw new ResultsException("cannot release the dead claim on run " + runId + " in " + folder + ": " + IoReason.of(e));
        }
    }

    /** Whether a live worker holds {@code runId} now: its claim is there, and neither timed out nor a dead process's of this machine. */
    public boolean held(String runId) {
        try {
            return Files.exists(folder.resolve(runId + ".claim")) && !stale(folder.resolve(runId + ".claim"));
        } catch (IOException e) {
            throw new ResultsException("cannot read the claim on run " + runId + " in " + folder + ": " + IoReason.of(e));
        }
    }

    /**
     * How many claims live processes of this machine hold now: the runs (and verdicts) being computed here from this
     * store at once.
     */
    public int liveHere() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".claim")).filter(RunClaims::aliveHere).count();
        } catch (IOException e) {
            throw new ResultsException("cannot list the claims in " + folder + ": " + IoReason.of(e));
        }
    }

    private static boolean aliveHere(Path claim) {
        try {
            String[] fields = Files.readString(claim).trim().split(" ");
            return fields.length >= 2 && fields[1].equals(HOST) && alive(fields[0]);
        } catch (IOException e) {
            // Released while it was read.
            return false;
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Makes the claim whole or not at all: written aside, then hard-linked into place, so that no reader ever sees a claim
     * that is there but still empty (link, like create-new, fails when the name is taken).
     */
    private static boolean create(Path file) throws IOException {
        Path written = aside(file, "new");
        Files.writeString(written, ProcessHandle.current().pid() + " " + HOST + " " + Instant.now() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            Files.createLink(file, written);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private boolean stale(Path file) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().plus(timeout).isBefore(Instant.now()) || deadHere(Files.readString(file));
        } catch (NoSuchFileException e) {
            return true;
        }
    }

    /** Whether a claim's "pid host time" names a process of this machine that no longer runs. */
    private static boolean deadHere(String claim) {
        String[] fields = claim.trim().split(" ");
        if (fields.length < 2 || !fields[1].equals(HOST)) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(fields[0])).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName().replace(' ', '_');
        } catch (java.net.UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** A name beside the claim that no other process or call picks: run.claim.pid.nanos.kind. */
    private static Path aside(Path file, String kind) {
        return file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + "." + kind);
    }

    /** Moves a dead worker's claim aside; only one of several takers finds it still there. */
    private static boolean takeOver(Path file) throws IOException {
        Path aside = aside(file, "stale");
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            // Gone already: released, or another taker moved it; try to create it anew.
            return true;
        }
        Files.deleteIfExists(aside);
        return true;
    }

    /** A claim refreshed every third of the timeout until it is closed. */
    private static final class Held implements Claim {
        private final Path file;
        private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "run-claim");
            t.setDaemon(true);
            return t;
        });
        private final ScheduledFuture<?> refreshing;

        Held(Path file, Duration timeout) {
            this.file = file;
            long every = Math.max(1, timeout.toMillis() / 3);
            this.refreshing = refresher.scheduleAtFixedRate(this::refresh, every, every, TimeUnit.MILLISECONDS);
        }

        private void refresh() {
            try {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            } catch (IOException e) {
                // A claim that cannot be refreshed times out and is taken over; the run is then trained twice, never lost.
            }
        }

        @Override
        public void close() {
            refreshing.cancel(false);
            refresher.shutdownNow();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new ResultsException("cannot release the claim " + file + ": " + IoReason.of(e));
            }
        }
    }
}
