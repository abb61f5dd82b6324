package optlab.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * One line of what a worker process tells the sweep that started it, on its standard output: "@optlab KIND RUN-ID REST".
 * A run starts, shows where its epoch is (live, a few times a second), finishes an epoch, and is done; REST is the
 * console text of an epoch or of the run's end, or the live figures. A verdict line carries the text of a lockstep
 * verdict the worker computed. Any other line on a worker's output (a native
 * library's) is not one of these and is ignored.
 */
record WorkerLine(Kind kind, String runId, String rest) {

    /** VERDICT is a lockstep verdict the worker computed, for no run in particular (its run id is "-"). */
    enum Kind { START, LIVE, EPOCH, DONE, VERDICT }

    private static final String PREFIX = "@optlab ";

    /** Where a run's epoch is, as the live line shows it. */
    record Live(int epoch, int epochs, double inEpoch, double runDone, double meanLoss, double runEta) {
    }

    static WorkerLine start(String runId) {
        return new WorkerLine(Kind.START, runId, "");
    }

    static WorkerLine live(String runId, Live l) {
        return new WorkerLine(Kind.LIVE, runId, String.format(Locale.ROOT, "%d %d %s %s %s %s", l.epoch(), l.epochs(), l.inEpoch(),
                l.runDone(), l.meanLoss(), l.runEta()));
    }

    static WorkerLine epoch(String runId, String text) {
        return new WorkerLine(Kind.EPOCH, runId, text);
    }

    static WorkerLine done(String runId, String text) {
        return new WorkerLine(Kind.DONE, runId, text);
    }

    static WorkerLine verdict(String text) {
        return new WorkerLine(Kind.VERDICT, "-", text);
    }

    String text() {
        return PREFIX + kind.name().toLowerCase(Locale.ROOT) + " " + runId + (rest.isEmpty() ? "" : " " + rest);
    }

    /** The line's message, or empty when it is not one. */
    static Optional<WorkerLine> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = line.substring(PREFIX.length()).split(" ", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(parts[0])) {
                return Optional.of(new WorkerLine(kind, parts[1], parts.length == 3 ? parts[2] : ""));
            }
        }
        return Optional.empty();
    }

    /** A live line's figures. */
    Live figures() {
        String[] f = rest.split(" ");
        return new Live(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                Double.parseDouble(f[4]), Double.parseDouble(f[5]));
    }
}
