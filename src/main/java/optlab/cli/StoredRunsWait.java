package optlab.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Supplier;
import optlab.results.NotStoredYet;

/** {@code report --from DIR --wait}: tries to read the stored experiment until every run and verdict is there, saying what it waits for. */
final class StoredRunsWait {

    static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration SAY_EVERY = Duration.ofMinutes(1);

    private StoredRunsWait() {
    }

    static <T> T until(Supplier<T> read, PrintStream console) {
        long lastSaid = 0;
        while (true) {
            try {
                return read.get();
            } catch (NotStoredYet notYet) {
                long now = System.nanoTime();
                if (lastSaid == 0 || now - lastSaid >= SAY_EVERY.toNanos()) {
                    console.println("waiting: " + notYet.getMessage());
                    lastSaid = now;
                }
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for stored runs", e);
            }
        }
    }
}
