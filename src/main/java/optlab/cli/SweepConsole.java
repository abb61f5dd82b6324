package optlab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import optlab.spec.ExperimentSpec;
import optlab.spec.RunSpec;

/**
 * The console of a sweep in worker processes. Lines that stay, each naming its worker ("w2"): a run's start, its epochs
 * and its end. On a terminal, below them, a block redrawn a few times a second: one line per worker (its run's bar,
 * epoch, loss, ETA and label) and an overall bar with the sweep's ETA; every line fits {@code width} columns, at most 80.
 * Piped to a file or a CI log it writes the lines that stay only, the overall line after each run's end, with no
 * control characters.
 *
 * <p>The ETA assumes the runs still to come take as long as those so far, with every worker busy: a rough guess.
 */
final class SweepConsole {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WORKER_BAR = 12;
    private static final int BAR = 20;

    private final ExperimentSpec experiment;
    private final PrintStream out;
    private final boolean terminal;
    private final int width;
    private final int total;
    private final int stored;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final List<Double> durations = new ArrayList<>();
    private int started;
    private int done;
    private int blockShown;
    private long drawn;
    private final long start = System.nanoTime();

    /** What one worker is doing. */
    private static final class Slot {
        RunSpec run;
        WorkerLine.Live live;
        long since;
        boolean ran;
    }

    /** @param total the runs of this phase; @param stored those of them stored before it began */
    SweepConsole(ExperimentSpec experiment, PrintStream out, boolean terminal, int width, int total, int stored) {
        this.experiment = experiment;
        this.out = out;
        this.terminal = terminal;
        this.width = Math.min(ProgressLine.WIDTH, width);
        this.total = total;
        this.stored = stored;
    }

    void joined(String worker) {
        slots.put(worker, new Slot());
        redraw(List.of());
    }

    void left(String worker) {
        slots.remove(worker);
        redraw(List.of());
    }

    /** "w1 [3/6] sgd(lr=0.01) · scratch": the third run of six to start or to have been stored. */
    void started(String worker, RunSpec run) {
        Slot slot = slots.get(worker);
        slot.run = run;
        slot.live = null;
        slot.since = System.nanoTime();
        started++;
        stay(String.format(Locale.ROOT, "%s [%d/%d] %s", worker, stored + started, total, ConsoleProgress.label(experiment, run)));
    }

    void live(String worker, WorkerLine.Live live) {
        slots.get(worker).live = live;
        if (System.nanoTime() - drawn > REDRAW_NANOS) {
            redraw(List.of());
        }
    }

    /** A line a worker said, cut to fit: "w1 epoch  3/10  loss 0.2345 acc 0.9312  test 0.1234 0.9612  3.4 s  ETA 0:41", a verdict. */
    void said(String worker, String text) {
        stay(worker + " " + text);
    }

    /**
     * "w1 done: test accuracy 0.9507, test loss 0.1711, 0.81 s/epoch"; piped, the overall line follows it, as the block
     * that shows it on a terminal is not drawn.
     */
    void done(String worker, String text) {
        Slot slot = slots.get(worker);
        if (slot.run != null) {
            durations.add((System.nanoTime() - slot.since) / 1e9);
        }
        slot.run = null;
        slot.live = null;
        slot.ran = true;
        done++;
        String line = ProgressLine.fit(worker + " " + text, width);
        redraw(terminal ? List.of(line) : List.of(line, overall()));
    }

    /** A line that stays as it is, not cut: a worker's failure, or with --verbose its log. */
    void note(String line) {
        redraw(List.of(line));
    }

    /** Redraws the block, so its ETAs move on while nothing happens. */
    void tick() {
        if (System.nanoTime() - drawn > REDRAW_NANOS) {
            redraw(List.of());
        }
    }

    /** Takes the block off the screen and says what the phase took: "6 runs trained in 1:02, up to 2 at once". */
    void close(int atOnce) {
        slots.clear();
        String took = String.format(Locale.ROOT, "%d run%s trained in %s, up to %d at once", done, done == 1 ? "" : "s", ProgressLine.duration((System.nanoTime() - start) / 1e9), atOnce);
        if (terminal) {
            out.print((blockShown > 0 ? "\033[" + blockShown + "F\033[J" : "") + took + "\n");
            blockShown = 0;
        } else {
            out.println(took);
        }
        out.flush();
    }

    private void stay(String line) {
        redraw(List.of(ProgressLine.fit(line, width)));
    }

    /** The lines that stay, then (on a terminal) the block drawn anew under them. */
    private void redraw(List<String> staying) {
        drawn = System.nanoTime();
        if (!terminal) {
            staying.forEach(out::println);
            out.flush();
            return;
        }
        var text = new StringBuilder();
        if (blockShown > 0) {
            text.append("\033[").append(blockShown).append('F');
        }
        text.append("\033[J");
        staying.forEach(line -> text.append(line).append('\n'));
        List<String> block = block();
        block.forEach(line -> text.append(line).append('\n'));
        blockShown = block.size();
        out.print(text);
        out.flush();
    }

    private List<String> block() {
        var lines = new ArrayList<String>();
        slots.forEach((worker, slot) -> lines.add(ProgressLine.fit(workerLine(worker, slot), width)));
        lines.add(overall());
        return lines;
    }

    /** "all [======>             ] 2/6 runs  33%  ETA 1:20". */
    private String overall() {
        double finished = stored + done + slots.values().stream().filter(s -> s.live != null).mapToDouble(s -> s.live.runDone()).sum();
        return ProgressLine.fit(String.format(Locale.ROOT, "all [%s] %d/%d runs %3d%%  ETA %s", ProgressLine.bar(finished / total, BAR),
                stored + done, total, (int) Math.floor(100 * finished / total), ProgressLine.duration(eta())), width);
    }

    private String workerLine(String worker, Slot slot) {
        if (slot.run == null) {
            return worker + (slot.ran ? " ready for its next run" : " starting");
        }
        String label = ConsoleProgress.label(experiment, slot.run);
        if (slot.live == null) {
            return worker + " [" + ProgressLine.bar(0, WORKER_BAR) + "] " + label;
        }
        WorkerLine.Live l = slot.live;
        return String.format(Locale.ROOT, "%s [%s] %d/%d %3d%% loss %.4f ETA %s  %s", worker, ProgressLine.bar(l.runDone(), WORKER_BAR), l.epoch(), l.epochs(),
                (int) Math.floor(100 * l.runDone()), l.meanLoss(), ProgressLine.duration(l.runEta()), label);
    }

    /** Seconds until the phase is done: the runs left (parts of runs for those under way) at the mean run's time, shared by the workers. */
    private double eta() {
        double perRun = durations.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double left = total - stored - done;
        long now = System.nanoTime();
        var estimates = new ArrayList<Double>();
        for (Slot slot : slots.values()) {
            if (slot.live != null) {
                left -= slot.live.runDone();
                if (slot.live.runDone() >= 0.02) {
                    estimates.add((now - slot.since) / 1e9 / slot.live.runDone());
                }
            }
        }
        if (Double.isNaN(perRun)) {
            perRun = estimates.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
        return left * perRun / Math.max(1, slots.size());
    }
}
