package optlab.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import optlab.data.DataSplits;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.results.NotStoredYet;
import optlab.results.ResultsException;
import optlab.results.ResultsStore;
import optlab.results.RunClaims;
import optlab.results.RunResult;
import optlab.results.StoredResults;
import optlab.spec.ExperimentSpec;
import optlab.spec.RunSpec;
import optlab.sweep.Shard;
import optlab.sweep.ShardPlan;
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
    public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
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

    /**
     * Shard {@code shard}'s share of the experiment, for workers that share one store: its part of
     * the learning-rate search, then whatever of the search no other worker holds (every shard needs
     * the whole search to choose the study's rates, so it waits for the rest or trains it), then
     * only its own part of the study. Returns the results of its own study runs.
     */
    public List<RunResult> runShard(ExperimentSpec experiment, Shard shard) {
        checkFits(raw, experiment);
        List<RunSpec> search = experiment.tuningRuns();
        List<RunSpec> ownSearch = ShardPlan.of(search, shard.count()).share(shard);
        List<RunSpec> study = experiment.runs(LearningRateChoice.from(experiment, searchResults(search, ownSearch)));
        List<RunSpec> ownStudy = ShardPlan.of(study, shard.count()).share(shard);
        return run(ownStudy, ownSearch.size(), ownSearch.size() + ownStudy.size());
    }

    /**
     * For one of several worker processes sharing the store: each run that is neither stored nor held by another worker,
     * trained under its claim, in the order given; a run another worker holds is left to it, never waited for, and so is
     * one a dead worker held, which the sweep's main process takes over.
     */
    public void trainUnclaimed(List<RunSpec> runs) {
        checkFits(raw, runs);
        RunClaims claims = this.claims.leavingDeadOnes();
        for (int i = 0; i < runs.size(); i++) {
            RunSpec run = runs.get(i);
            if (storedRun(store, run).isPresent()) {
                continue;
            }
            Optional<RunClaims.Claim> claim = claims.tryClaim(run.id());
            if (claim.isPresent()) {
                try (RunClaims.Claim held = claim.get()) {
                    if (storedRun(store, run).isEmpty()) {
                        trainAndStore(run, i + 1, runs.size());
                    }
                }
            }
        }
    }

    /** The study's runs, at the rates the stored learning-rate search chose; an error naming the search runs not stored. */
    public static List<RunSpec> studyRuns(StoredResults store, ExperimentSpec experiment) {
        return experiment.runs(LearningRateChoice.from(experiment, find(store, experiment, experiment.tuningRuns())));
    }

    /** The runs that have no stored result yet. */
    public static List<RunSpec> unstored(StoredResults store, List<RunSpec> runs) {
        return runs.stream().filter(r -> storedRun(store, r).isEmpty()).toList();
    }

    /** How many runs of the experiment are still to train; with a search not stored whole, the study's runs all count. */
    public static int toTrain(StoredResults store, ExperimentSpec experiment) {
        int search = unstored(store, experiment.tuningRuns()).size();
        return search + (search > 0 ? experiment.runs().size() : unstored(store, studyRuns(store, experiment)).size());
    }

    private List<RunResult> searchResults(List<RunSpec> search, List<RunSpec> own) {
        int total = search.size();
        Map<String, RunResult> byId = new HashMap<>();
        run(own, 0, total).forEach(r -> byId.put(r.id(), r));
        List<RunSpec> others = search.stream().filter(r -> !byId.containsKey(r.id())).toList();
        run(others, own.size(), total).forEach(r -> byId.put(r.id(), r));
        return search.stream().map(r -> byId.get(r.id())).toList();
    }

    /** Refuses, before anything is allocated or written, a run whose batches do not fit the data or whose arrays do not fit the heap. */
    public static void checkFits(RawMnist raw, ExperimentSpec experiment) {
        checkFits(raw, experiment.runs());
    }

    private static void checkFits(RawMnist raw, List<RunSpec> runs) {
        for (RunSpec run : runs) {
            int examples = raw.train().size();
            RunSize.checkSplit(examples, run.validationFraction(), run.batchSize());
            RunSize.checkMemory(run.model(), run.batchRows(examples - RunSize.validationRows(examples, run.validationFraction())),
                    RunSize.freeHeap());
        }
    }

    /**
     * The stored results of an experiment, without training: what {@code report --from} draws.
     *
     * @throws ResultsException when a run has no stored result
     */
    public static ExperimentResults stored(StoredResults store, ExperimentSpec experiment) {
        List<RunResult> tuning = find(store, experiment, experiment.tuningRuns());
        return new ExperimentResults(tuning, find(store, experiment, experiment.runs(LearningRateChoice.from(experiment, tuning))));
    }

    /** The stored results of the runs, or an error naming the missing ones (all of them, up to a few). */
    private static List<RunResult> find(StoredResults store, ExperimentSpec experiment, List<RunSpec> runs) {
        var results = new ArrayList<RunResult>();
        var missing = new ArrayList<String>();
        for (RunSpec run : runs) {
            storedRun(store, run).ifPresentOrElse(results::add, () -> missing.add(run.id()));
        }
        if (missing.size() == 1) {
            String why = store.whyMissing(missing.get(0)) + " of experiment '" + experiment.name() + "'; run 'optlab report' without --from to train it";
            throw store.hasEntry(missing.get(0)) ? new ResultsException(why) : new NotStoredYet(why);
        }
        if (!missing.isEmpty()) {
            throw new NotStoredYet(store.where() + ": " + missing.size() + " of the " + runs.size() + " runs of experiment '"
                    + experiment.name() + "' are not stored yet (" + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                    + (missing.size() > 3 ? ", ..." : "") + "); wait for every shard to finish, or run 'optlab report' without --from to train them");
        }
        return results;
    }

    private static Optional<RunResult> storedRun(StoredResults store, RunSpec run) {
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
                    results[i] = trainAndStore(run, index, total);
                    return true;
                }
            }
        }
        events.reused(run, index, total);
        results[i] = stored.get();
        return true;
    }

    private RunResult trainAndStore(RunSpec run, int index, int total) {
        RunResult result = train(run, events.starting(run, index, total));
        store.save(result);
        events.finished(result);
        return result;
    }

    /** The run trained, marked with how many runs trained here at once meanwhile. */
    private RunResult train(RunSpec run, TrainingListener listener) {
        DataSplits data = prepared.computeIfAbsent(dataKey(run), k -> {
            DataSplits splits = Preprocessor.prepare(raw.train(), raw.test(), run.preprocessing(), run.validationFraction(), run.seed());
            return run.validateOnTest() ? splits.validatedOnTest() : splits;
        });
        var atOnce = new RunsAtOnce(listener, claims);
        try (Trainer trainer = TrainerFactory.create(run, InitialWeights.draw(run.model(), run.seed()))) {
            return new TrainingLoop(run, data, atOnce).run(trainer).trainedWith(atOnce.most());
        }
    }

    private static String dataKey(RunSpec run) {
        return run.preprocessing() + "/" + run.validationFraction() + "/" + (run.validationFraction() > 0 ? run.seed() : 0)
                + (run.validateOnTest() ? "/test" : "");
    }
}
