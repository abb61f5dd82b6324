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
 * {@code --jobs N}: an experiment's runs trained by up to N worker processes that claim them in the experiment's store,
 * as shards do, so each run is trained once, by one process, from its own seed: the results are those of one process.
 * The learning-rate search first, when there is one, then the study at the rates it chose, after whose runs a worker
 * with nothing left to train computes lockstep verdicts for a report. This process shows their progress, waits for runs
 * that other processes sharing the store hold, and then reads the results from the store.
 *
 * <p>A worker that dies (a crash, the kernel's out-of-memory killer) is named with the run it was training, which is
 * held back for the rest of the sweep (its claim taken over here, so no other worker dies of it too); a new worker takes
 * its place while runs remain, and the sweep ends in an error naming each failed run once the others are stored.
 */
final class ParallelSweep {

    private static final long POLL_MILLIS = 200;
    /** How often the sweep looks again for runs that other processes hold. */
    private static final long WAIT_MILLIS = 1000;

    private final ExperimentSpec spec;
    private final ResultsStore store;
    private final DataOptions data;
    private final int jobs;
    private final Parallelism parallelism;
    private final PrintStream console;
    private final boolean terminal;
    private final RunClaims claims;

    /** A worker that died, and the run it was training (null when it died between runs). */
    private record Failure(RunSpec run, String reason) {
    }

    /** @param jobs the most workers at once, as {@code parallelism} chose for the runs to train */
    ParallelSweep(ExperimentSpec spec, ResultsStore store, DataOptions data, int jobs, Parallelism parallelism, PrintStream console, boolean terminal) {
        this.spec = spec;
        this.store = store;
        this.data = data;
        this.jobs = jobs;
        this.parallelism = parallelism;
        this.console = console;
        this.terminal = terminal;
        this.claims = new RunClaims(store.folder(), ExperimentRunner.CLAIM_TIMEOUT);
    }

    ExperimentResults run() {
        if (!spec.tuningRuns().isEmpty()) {
            new Phase(WorkerCommand.Phase.SEARCH, spec.tuningRuns()).run();
        }
        new Phase(WorkerCommand.Phase.STUDY, ExperimentRunner.studyRuns(store, spec)).run();
        return ExperimentRunner.stored(store, spec);
    }

    /** One phase's runs, its workers and what they said. */
    private final class Phase {
        private final WorkerCommand.Phase phase;
        private final List<RunSpec> runs;
        private final Map<String, RunSpec> byId = new HashMap<>();
        private final BlockingQueue<SweepEvent> events = new LinkedBlockingQueue<>();
        private final Map<WorkerProcess, RunSpec> training = new HashMap<>();
        private final Set<WorkerProcess> alive = new HashSet<>();
        private final Set<String> doneHere = new HashSet<>();
        private final List<Failure> failures = new ArrayList<>();
        private final List<RunClaims.Claim> held = new ArrayList<>();
        private SweepConsole view;
        private int started;

        Phase(WorkerCommand.Phase phase, List<RunSpec> runs) {
            this.phase = phase;
            this.runs = runs;
            runs.forEach(r -> byId.put(r.id(), r));
        }

        void run() {
            List<RunSpec> toTrain = ExperimentRunner.unstored(store, runs);
            reused(runs.stream().filter(r -> !toTrain.contains(r)).toList());
            if (toTrain.isEmpty()) {
                return;
            }
            int workers = Math.min(jobs, toTrain.size());
            console.printf(Locale.ROOT, "%s: %d run%s to train, %d at once, each in a worker process (--jobs)%n",
                    phase == WorkerCommand.Phase.SEARCH ? "learning-rate search" : "study", toTrain.size(), toTrain.size() == 1 ? "" : "s", workers);
            view = new SweepConsole(spec, console, terminal, TerminalWidth.of(terminal), runs.size(), runs.size() - toTrain.size());
            try {
                releaseDead(toTrain);
                start(workers);
                boolean saidWaiting = false;
                while (true) {
                    whileWorkersRun();
                    List<RunSpec> pending = pending(toTrain);
                    if (pending.isEmpty() || failures.stream().anyMatch(f -> f.run() == null)) {
                        break;
                    }
                    List<RunSpec> free = pending.stream().filter(r -> !claims.held(r.id())).toList();
                    if (!free.isEmpty()) {
                        releaseDead(free);
                        start(Math.min(jobs, free.size()));
                    } else {
                        if (!saidWaiting) {
                            view.note("waiting for " + pending.size() + " run" + (pending.size() == 1 ? "" : "s") + " that other processes sharing "
                                    + store.folder() + " are training");
                            saidWaiting = true;
                        }
                        Thread.sleep(WAIT_MILLIS);
                        view.tick();
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
            reused(toTrain.stream().filter(r -> !doneHere.contains(r.id()) && ExperimentRunner.unstored(store, List.of(r)).isEmpty()).toList());
            List<RunSpec> missing = ExperimentRunner.unstored(store, toTrain);
            if (!missing.isEmpty()) {
                throw new RunsFailed(failed(missing));
            }
        }

        /**
         * Takes over and lets go the claims that dead processes left on these runs (a killed sweep's), as workers leave
         * them be; a live process's stay.
         */
        private void releaseDead(List<RunSpec> among) {
            among.forEach(run -> claims.releaseIfDead(run.id()));
        }

        /** "[2/6] sgd(lr=0.01) · tensorflow: already in the results store, not trained again", for runs this sweep did not train. */
        private void reused(List<RunSpec> stored) {
            for (RunSpec run : stored) {
                console.printf(Locale.ROOT, "[%d/%d] %s: already in the results store, not trained again%n", runs.indexOf(run) + 1, runs.size(),
                        ConsoleProgress.label(spec, run));
            }
        }

        private void start(int count) {
            for (int i = 0; i < count; i++) {
                var args = new ArrayList<>(List.of("worker", "--store", store.folder().toAbsolutePath().toString(), "--experiment", spec.name(),
                        "--spec-hash", SpecHash.of(spec), "--phase", phase.name()));
                if (data.dataDir != null) {
                    args.addAll(List.of("--data-dir", data.dataDir.toAbsolutePath().toString()));
                }
                if (parallelism.verbose()) {
                    args.add("--verbose");
                }
                if (parallelism.verdicts()) {
                    args.add("--verdicts");
                }
                WorkerProcess worker = WorkerProcess.start(++started, args, parallelism.verbose(), events);
                alive.add(worker);
                view.joined(worker.tag());
            }
        }

        private void whileWorkersRun() throws InterruptedException {
            while (!alive.isEmpty()) {
                SweepEvent event = events.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (event == null) {
                    view.tick();
                } else if (event instanceof SweepEvent.Message m) {
                    show(m.worker(), m.line());
                } else if (event instanceof SweepEvent.Log log) {
                    view.note(log.worker().tag() + ": " + log.text());
                } else if (event instanceof SweepEvent.Exit exit) {
                    ended(exit.worker(), exit.code());
                }
            }
        }

        private void show(WorkerProcess worker, WorkerLine line) {
            if (line.kind() == WorkerLine.Kind.VERDICT) {
                view.said(worker.tag(), line.rest());
                return;
            }
            RunSpec run = byId.get(line.runId());
            if (run == null) {
                return;
            }
            switch (line.kind()) {
                case START -> {
                    training.put(worker, run);
                    view.started(worker.tag(), run);
                }
                case LIVE -> view.live(worker.tag(), line.figures());
                case EPOCH -> view.said(worker.tag(), line.rest());
                case DONE -> {
                    training.remove(worker);
                    doneHere.add(run.id());
                    view.done(worker.tag(), line.rest());
                }
            }
        }

        /** A worker ended: done, or dead with or without a run, whose place a new worker takes while runs remain. */
        private void ended(WorkerProcess worker, int code) {
            alive.remove(worker);
            view.left(worker.tag());
            RunSpec run = training.remove(worker);
            if (run == null && code == 0) {
                return;
            }
            if (run == null) {
                // Killed after it claimed a run but before it said so.
                run = claims.heldBy(worker.pid()).map(byId::get).orElse(null);
            }
            String reason = worker.reason(code);
            failures.add(new Failure(run, reason));
            if (run == null) {
                view.note(worker.tag() + " failed: " + reason);
                return;
            }
            view.note(worker.tag() + " crashed training " + ConsoleProgress.label(spec, run) + ": " + reason + "; the other runs go on");
            claims.tryClaim(run.id()).ifPresent(held::add);
            if (!pending(runs).isEmpty()) {
                start(1);
            }
        }

        /** The runs no worker has stored, is training or died of. */
        private List<RunSpec> pending(List<RunSpec> among) {
            return ExperimentRunner.unstored(store, among).stream()
                    .filter(r -> !training.containsValue(r) && failures.stream().noneMatch(f -> r.equals(f.run()))).toList();
        }

        /** "1 of the 6 runs is not stored: sgd(lr=0.01) · scratch (run ...) crashed its worker: killed by signal 9; ...". */
        private String failed(List<RunSpec> missing) {
            var parts = new ArrayList<String>();
            for (Failure f : failures) {
                parts.add(f.run() == null ? "a worker failed: " + f.reason()
                        : ConsoleProgress.label(spec, f.run()) + " (run " + f.run().id() + ") crashed its worker: " + f.reason());
            }
            return missing.size() + " of the " + runs.size() + " runs " + (missing.size() == 1 ? "is" : "are") + " not stored: "
                    + String.join("; ", parts.stream().distinct().toList()) + "; the other runs are stored in " + store.folder() + ": run the same command again to train what is missing";
        }
    }
}
