package optlab.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import optlab.data.DataSplits;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.results.ResultsException;
import optlab.results.ResultsStore;
import optlab.results.RunClaims;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.RunSpec;
import optlab.train.InitialWeights;
import optlab.train.Trainer;
import optlab.train.TrainingListener;
import optlab.train.TrainingLoop;

/**
 * Runs every run of an experiment and stores each result as soon as it finishes. A run whose
 * identical spec is already stored is not trained again, so an interrupted experiment resumes
 * where it stopped; a run is claimed before it is trained ({@link RunClaims}), so workers sharing
 * one store train each run once.
 */
public final class ExperimentRunner {

    /** What the runner tells its caller, run by run. */
    public interface Events {
        TrainingListener starting(RunSpec run, int index, int total);

        void reused(RunSpec run, int index, int total);

        void finished(RunResult result);
    }

    private final RawMnist raw;
    private final ResultsStore store;
    private final Events events;
    private final Map<String, DataSplits> prepared = new HashMap<>();
    private final RunClaims claims;

    /** How long a claim lives without its worker refreshing it; a longer silence means the worker died. */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
    /** How often a worker looks for the runs other workers hold. */
    private static final Duration POLL = Duration.ofMillis(250);

    public ExperimentRunner(RawMnist raw, ResultsStore store, Events events) {
        this.raw = raw;
        this.store = store;
        this.events = events;
        this.claims = new RunClaims(store.folder(), CLAIM_TIMEOUT);
    }

    /**
     * The learning-rate search first when the experiment has one, then the study's runs with the
     * chosen rates. Each finished run is stored before the next starts.
     */
    public ExperimentResults run(ExperimentSpec experiment) {
        checkFits(raw, experiment);
        List<RunSpec> search = experiment.tuningRuns();
        int total = search.size() + experiment.runs().size();
        List<RunResult> tuning = run(search, 0, total);
        List<RunSpec> runs = experiment.runs(LearningRateChoice.from(experiment, tuning));
        return new ExperimentResults(tuning, run(runs, search.size(), total));
    }

    /** Refuses, before anything is allocated or written, a run whose batches do not fit the data or whose arrays do not fit the heap. */
    public static void checkFits(RawMnist raw, ExperimentSpec experiment) {
        for (RunSpec run : experiment.runs()) {
            RunSize.checkSplit(raw.train().size(), run.validationFraction(), run.batchSize());
            RunSize.checkMemory(run.model(), run.batchSize(), RunSize.freeHeap());
        }
    }

    /**
     * The stored results of an experiment, without training: what {@code report --from} draws.
     *
     * @throws ResultsException when a run has no stored result
     */
    public static ExperimentResults stored(ResultsStore store, ExperimentSpec experiment) {
        List<RunResult> tuning = find(store, experiment.tuningRuns());
        return new ExperimentResults(tuning, find(store, experiment.runs(LearningRateChoice.from(experiment, tuning))));
    }

    private static List<RunResult> find(ResultsStore store, List<RunSpec> runs) {
        var results = new ArrayList<RunResult>();
        for (RunSpec run : runs) {
            results.add(storedRun(store, run).orElseThrow(() -> new ResultsException(missing(store, run))));
        }
        return results;
    }

    private static String missing(ResultsStore store, RunSpec run) {
        Path file = store.resultFile(run.id());
        String what = Files.isRegularFile(file) ? "results file " + file + " is empty (null or {})"
                : store.folder() + " has no stored result for run " + run.id() + " of experiment '" + run.experiment() + "'";
        return what + "; run 'optlab report' without --from to train it";
    }

    private static Optional<RunResult> storedRun(ResultsStore store, RunSpec run) {
        return store.find(run.id()).filter(r -> r.spec().equals(run));
    }

    /**
     * Each run in order: reused when stored, else trained under its claim. A run another worker
     * holds is left for later and picked up when it appears in the store (or its claim times out).
     */
    private List<RunResult> run(List<RunSpec> runs, int done, int total) {
        var results = new RunResult[runs.size()];
        var waiting = new ArrayList<Integer>();
        for (int i = 0; i < runs.size(); i++) {
            if (!tryRun(runs.get(i), done + i + 1, total, results, i)) {
                waiting.add(i);
            }
        }
        while (!waiting.isEmpty()) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for runs other workers train", e);
            }
            waiting.removeIf(i -> tryRun(runs.get(i), done + i + 1, total, results, i));
        }
        return List.of(results);
    }

    /** Reuses the stored result or trains the run under a claim into {@code results[i]}; false when another worker holds it. */
    private boolean tryRun(RunSpec run, int index, int total, RunResult[] results, int i) {
        Optional<RunResult> stored = storedRun(store, run);
        if (stored.isEmpty()) {
            Optional<RunClaims.Claim> claim = claims.tryClaim(run.id());
            if (claim.isEmpty()) {
                return false;
            }
            try (RunClaims.Claim held = claim.get()) {
                stored = storedRun(store, run);
                if (stored.isEmpty()) {
                    RunResult result = train(run, events.starting(run, index, total));
                    store.save(result);
                    events.finished(result);
                    results[i] = result;
                    return true;
                }
            }
        }
        events.reused(run, index, total);
        results[i] = stored.get();
        return true;
    }

    private RunResult train(RunSpec run, TrainingListener listener) {
        DataSplits data = prepared.computeIfAbsent(dataKey(run), k -> {
            DataSplits splits = Preprocessor.prepare(raw.train(), raw.test(), run.preprocessing(), run.validationFraction(), run.seed());
            return run.validateOnTest() ? splits.validatedOnTest() : splits;
        });
        try (Trainer trainer = TrainerFactory.create(run, InitialWeights.draw(run.model(), run.seed()))) {
            return new TrainingLoop(run, data, listener).run(trainer);
        }
    }

    private static String dataKey(RunSpec run) {
        return run.preprocessing() + "/" + run.validationFraction() + "/" + (run.validationFraction() > 0 ? run.seed() : 0)
                + (run.validateOnTest() ? "/test" : "");
    }
}
