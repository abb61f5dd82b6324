package optlab.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One worker at a time holds a run; a released or dead worker's claim can be taken. */
class RunClaimsTest {

    @TempDir
    Path temp;

    @Test
    void aHeldRunCannotBeClaimedUntilItIsReleased() {
        var claims = new RunClaims(temp, Duration.ofMinutes(1));
        var first = claims.tryClaim("sgd-1");
        assertTrue(first.isPresent());
        assertTrue(claims.tryClaim("sgd-1").isEmpty());
        assertTrue(claims.tryClaim("sgd-2").isPresent(), "claims are per run");
        first.get().close();
        assertTrue(claims.tryClaim("sgd-1").isPresent());
    }

    @Test
    void leavingDeadOnesADeadWorkersClaimStaysForTheSweepToTakeOver() throws Exception {
        var claims = new RunClaims(temp, Duration.ofMinutes(1));
        assertTrue(claims.tryClaim("sgd-1").isPresent());
        Path file = temp.resolve("claims/sgd-1.claim");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String[] mine = Files.readString(file).trim().split(" ");
        Files.writeString(file, gone.pid() + " " + mine[1] + " " + mine[2] + "\n");

        assertEquals("sgd-1", claims.heldBy(gone.pid()).orElseThrow(), "whose it is");
        assertTrue(claims.heldBy(gone.pid() + 1_000_000).isEmpty());
        assertTrue(claims.leavingDeadOnes().tryClaim("sgd-1").isEmpty(), "a worker leaves it");
        assertTrue(claims.leavingDeadOnes().tryClaim("sgd-2").isPresent(), "and claims free runs as ever");
        claims.releaseIfDead("sgd-1");
        assertFalse(Files.exists(file), "the sweep lets it go");
        var live = claims.tryClaim("sgd-1").orElseThrow();
        claims.releaseIfDead("sgd-1");
        claims.releaseIfDead("sgd-9");
        assertTrue(Files.exists(file) && !Files.exists(temp.resolve("claims/sgd-9.claim")), "a live claim stays, and none is made");
        live.close();
    }

    @Test
    void aRunIsHeldWhileALiveWorkerHoldsItsClaim() throws Exception {
        var claims = new RunClaims(temp, Duration.ofMinutes(1));
        assertFalse(claims.held("sgd-1"));
        var claim = claims.tryClaim("sgd-1").orElseThrow();
        assertTrue(claims.held("sgd-1"));
        Files.setLastModifiedTime(temp.resolve("claims/sgd-1.claim"), FileTime.from(Instant.now().minus(Duration.ofMinutes(2))));
        assertFalse(claims.held("sgd-1"), "timed out: its worker is dead");
        claim.close();
        assertFalse(claims.held("sgd-1"));
    }

    @Test
    void liveHereCountsTheClaimsOfLiveProcessesOfThisMachine() throws Exception {
        var claims = new RunClaims(temp, Duration.ofMinutes(1));
        assertEquals(0, claims.liveHere(), "no claims folder yet");
        var first = claims.tryClaim("sgd-1").orElseThrow();
        var second = claims.tryClaim("sgd-2").orElseThrow();
        assertEquals(2, claims.liveHere());
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String[] mine = Files.readString(temp.resolve("claims/sgd-1.claim")).trim().split(" ");
        Files.writeString(temp.resolve("claims/sgd-3.claim"), gone.pid() + " " + mine[1] + " " + mine[2] + "\n");
        Files.writeString(temp.resolve("claims/sgd-4.claim"), mine[0] + " another-host " + mine[2] + "\n");
        assertEquals(2, claims.liveHere(), "a dead worker's claim and another machine's do not count");
        second.close();
        assertEquals(1, claims.liveHere());
        first.close();
        assertEquals(0, claims.liveHere());
    }

    @Test
    void aDeadWorkersClaimIsTakenOverAfterTheTimeout() throws Exception {
        var claims = new RunClaims(temp, Duration.ofMinutes(1));
        assertTrue(claims.tryClaim("sgd-1").isPresent());
        Path file = temp.resolve("claims/sgd-1.claim");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(2))));

        assertTrue(claims.tryClaim("sgd-1").isPresent());
        assertTrue(claims.tryClaim("sgd-1").isEmpty(), "the new claim is fresh");
    }

    @Test
    void aClaimOfAProcessThatIsGoneIsTakenOverAtOnce() throws Exception {
        var claims = new RunClaims(temp, Duration.ofMinutes(1));
        assertTrue(claims.tryClaim("sgd-1").isPresent());
        Path file = temp.resolve("claims/sgd-1.claim");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String[] mine = Files.readString(file).trim().split(" ");
        Files.writeString(file, gone.pid() + " " + mine[1] + " " + mine[2] + "\n");

        assertTrue(claims.tryClaim("sgd-1").isPresent());
    }

    @Test
    void aLiveClaimIsRefreshed() throws Exception {
        var claims = new RunClaims(temp, Duration.ofMillis(300));
        try (var held = claims.tryClaim("sgd-1").orElseThrow()) {
            Thread.sleep(600);
            assertTrue(claims.tryClaim("sgd-1").isEmpty(), "refreshed, so not taken over");
        }
    }

    @Test
    void ofManyRacingWorkersOneWins() throws Exception {
        var claims = new RunClaims(temp, Duration.ofMinutes(1));
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tries = new ArrayList<Callable<Boolean>>();
            for (int i = 0; i < 8; i++) {
                tries.add(() -> claims.tryClaim("sgd-1").isPresent());
            }
            long won = 0;
            for (Future<Boolean> f : pool.invokeAll(tries)) {
                won += f.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
        assertFalse(Files.list(temp.resolve("claims")).anyMatch(p -> p.toString().endsWith(".stale")));
    }

    @Test
    void aClaimIsNeverSeenHalfMadeAndLeavesNothingElseBehind() throws Exception {
        var claims = new RunClaims(temp, Duration.ofMinutes(1));
        Path file = temp.resolve("claims/sgd-1.claim");
        var seen = new AtomicReference<String>();
        var claiming = new Thread(() -> {
            for (int i = 0; i < 3_000; i++) {
                claims.tryClaim("sgd-1").orElseThrow().close();
            }
        });
        claiming.start();
        while (claiming.isAlive()) {
            try {
                String content = Files.readString(file);
                if (content.trim().split(" ").length < 3) {
                    seen.set(content);
                }
            } catch (IOException released) {
                // Between a release and the next claim there is no file; that is not half made.
            }
        }
        claiming.join();
        assertNull(seen.get(), "a reader saw a claim before its content was written");
        assertEquals(0, Files.list(temp.resolve("claims")).count(), "nothing left in the claims folder");
    }
}
