package optlab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import optlab.results.ResultsStore;
import optlab.results.RunClaims;
import optlab.run.ExperimentResults;
import optlab.run.ExperimentRunner;
import optlab.spec.ExperimentSpec;
import optlab.spec.RunSpec;
import optlab.spec.SpecHash;

/**
 * {@code --jobs N}: an experiment's runs trained by N worker processes that claim them in the experiment's store, as
 * shards do, so each run is trained once, by one process, from its own seed: the results are those of one process. The
 * learning-rate search first, when there is one, then the study at the rates it chose. This process shows their
 * progress and then reads the results from the store.
 *
 * <p>A worker that dies (a crash, the kernel's out-of-memory killer) is named with the run it was training, which is
 * held back for the rest of the sweep (its claim taken over here, so no other worker dies of it too); a new worker takes
 * its place while runs remain, and the sweep ends in an error naming each failed run once the others are stored.
 */
final class ParallelSweep {

    private static final long POLL_MILLIS = 200;

    private final ExperimentSpec spec;
    private final ResultsStore store;
    private final DataOptions data;
    private final int jobs;
    private final boolean verbose;
    private final PrintStream console;
    private final boolean terminal;

    /** A run whose worker died, and how. */
    private record Failure(RunSpec run, String reason) {
    }

    ParallelSweep(ExperimentSpec spec, ResultsStore store, DataOptions data, int jobs, boolean verbose, PrintStream console, boolean terminal) {
        this.spec = spec;
        this.store = store;
        this.data = data;
        this.jobs = jobs;
        this.verbose = verbose;
        this.console = console;
        this.terminal = terminal;
    }

    ExperimentResults run() {
        if (!spec.tuningRuns().isEmpty()) {
            phase(WorkerCommand.Phase.SEARCH, spec.tuningRuns());
        }
        phase(WorkerCommand.Phase.STUDY, ExperimentRunner.studyRuns(store, spec));
        return ExperimentRunner.stored(store, spec);
    }

    private void phase(WorkerCommand.Phase phase, List<RunSpec> runs) {
        List<RunSpec> toTrain = ExperimentRunner.unstored(store, runs);
        for (int i = 0; i < runs.size(); i++) {
            if (!toTrain.contains(runs.get(i))) {
                console.printf(Locale.ROOT, "[%d/%d] %s: already in the results store, not trained again%n", i + 1, runs.size(),
                        ConsoleProgress.label(spec, runs.get(i)));
            }
        }
        if (toTrain.isEmpty()) {
            return;
        }
        int workers = Math.min(jobs, toTrain.size());
        console.printf(Locale.ROOT, "%s: %d run%s to train, %d at once, each in a worker process (--jobs)%n",
                phase == WorkerCommand.Phase.SEARCH ? "learning-rate search" : "study", toTrain.size(), toTrain.size() == 1 ? "" : "s", workers);
        var view = new SweepConsole(spec, console, terminal, TerminalWidth.of(terminal), runs.size(), runs.size() - toTrain.size());
        BlockingQueue<SweepEvent> events = new LinkedBlockingQueue<>();
        Map<WorkerProcess, RunSpec> training = new HashMap<>();
        Set<WorkerProcess> alive = new HashSet<>();
        var failures = new ArrayList<Failure>();
        var claims = new RunClaims(store.folder(), ExperimentRunner.CLAIM_TIMEOUT);
        var held = new ArrayList<RunClaims.Claim>();
        Map<String, RunSpec> byId = new HashMap<>();
        runs.forEach(r -> byId.put(r.id(), r));
        int started = 0;
        try {
            while (started < workers) {
                alive.add(start(++started, phase, events, view));
            }
            while (!alive.isEmpty()) {
                SweepEvent event = events.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (event == null) {
                    view.tick();
                } else if (event instanceof SweepEvent.Message m) {
                    show(m, byId, training, view);
                } else if (event instanceof SweepEvent.Log log) {
                    view.note(log.worker().tag() + ": " + log.text());
                } else if (event instanceof SweepEvent.Exit exit) {
                    alive.remove(exit.worker());
                    view.left(exit.worker().tag());
                    RunSpec run = training.remove(exit.worker());
                    if (run == null && exit.code() == 0) {
                        continue;
                    }
                    String reason = exit.worker().reason(exit.code());
                    if (run == null) {
                        view.note(exit.worker().tag() + " failed: " + reason);
                        failures.add(new Failure(null, reason));
                        continue;
                    }
                    view.note(exit.worker().tag() + " crashed training " + ConsoleProgress.label(spec, run) + ": " + reason + "; the other runs go on");
                    failures.add(new Failure(run, reason));
                    claims.tryClaim(run.id()).ifPresent(held::add);
                    if (!pending(toTrain, training, failures).isEmpty()) {
                        alive.add(start(++started, phase, events, view));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            alive.forEach(WorkerProcess::kill);
            throw new IllegalStateException("interrupted while the workers trained", e);
        } finally {
            view.close(workers);
            held.forEach(RunClaims.Claim::close);
        }
        List<RunSpec> missing = ExperimentRunner.unstored(store, toTrain);
        if (!missing.isEmpty()) {
            throw new RunsFailed(failed(runs.size(), missing, failures));
        }
    }

    private WorkerProcess start(int number, WorkerCommand.Phase phase, BlockingQueue<SweepEvent> events, SweepConsole view) {
        var args = new ArrayList<>(List.of("worker", "--store", store.folder().toAbsolutePath().toString(), "--experiment", spec.name(),
                "--spec-hash", SpecHash.of(spec), "--phase", phase.name()));
        if (data.dataDir != null) {
            args.addAll(List.of("--data-dir", data.dataDir.toAbsolutePath().toString()));
        }
        if (verbose) {
            args.add("--verbose");
        }
        WorkerProcess worker = WorkerProcess.start(number, args, verbose, events);
        view.joined(worker.tag());
        return worker;
    }

    private void show(SweepEvent.Message m, Map<String, RunSpec> byId, Map<WorkerProcess, RunSpec> training, SweepConsole view) {
        WorkerLine line = m.line();
        RunSpec run = byId.get(line.runId());
        if (run == null) {
            return;
        }
        switch (line.kind()) {
            case START -> {
                training.put(m.worker(), run);
                view.started(m.worker().tag(), run);
            }
            case LIVE -> view.live(m.worker().tag(), line.figures());
            case EPOCH -> view.epoch(m.worker().tag(), line.rest());
            case DONE -> {
                training.remove(m.worker());
                view.done(m.worker().tag(), line.rest());
            }
        }
    }

    /** The runs no worker has trained, is training or died of. */
    private List<RunSpec> pending(List<RunSpec> toTrain, Map<WorkerProcess, RunSpec> training, List<Failure> failures) {
        return ExperimentRunner.unstored(store, toTrain).stream()
                .filter(r -> !training.containsValue(r) && failures.stream().noneMatch(f -> r.equals(f.run()))).toList();
    }

    /** "1 of the 6 runs is not stored: sgd(lr=0.01) · scratch (run ...) crashed its worker: killed by signal 9; ...". */
    private String failed(int total, List<RunSpec> missing, List<Failure> failures) {
        var parts = new ArrayList<String>();
        for (Failure f : failures) {
            parts.add(f.run() == null ? "a worker failed: " + f.reason()
                    : ConsoleProgress.label(spec, f.run()) + " (run " + f.run().id() + ") crashed its worker: " + f.reason());
        }
        if (parts.isEmpty()) {
            parts.add("no worker trained them");
        }
        return missing.size() + " of the " + total + " runs " + (missing.size() == 1 ? "is" : "are") + " not stored: " + String.join("; ", parts)
                + "; the other runs are stored in " + store.folder() + ": run the same command again to train what is missing";
    }
}
