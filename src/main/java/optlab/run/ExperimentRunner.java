package optlab.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import optlab.data.DataSplits;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.results.ResultsStore;
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
 * where it stopped.
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

    public ExperimentRunner(RawMnist raw, ResultsStore store, Events events) {
        this.raw = raw;
        this.store = store;
        this.events = events;
    }

    public List<RunResult> run(ExperimentSpec experiment) {
        List<RunSpec> runs = experiment.runs();
        var results = new ArrayList<RunResult>();
        for (int i = 0; i < runs.size(); i++) {
            RunSpec run = runs.get(i);
            Optional<RunResult> stored = store.find(run.id()).filter(r -> r.spec().equals(run));
            if (stored.isPresent()) {
                events.reused(run, i + 1, runs.size());
                results.add(stored.get());
                continue;
            }
            TrainingListener listener = events.starting(run, i + 1, runs.size());
            RunResult result = train(run, listener);
            store.save(result);
            events.finished(result);
            results.add(result);
        }
        return results;
    }

    private RunResult train(RunSpec run, TrainingListener listener) {
        DataSplits data = prepared.computeIfAbsent(dataKey(run), k -> Preprocessor.prepare(
                raw.train(), raw.test(), run.preprocessing(), run.validationFraction(), run.seed()));
        try (Trainer trainer = TrainerFactory.create(run, InitialWeights.draw(run.model(), run.seed()))) {
            return new TrainingLoop(run, data, listener).run(trainer);
        }
    }

    private static String dataKey(RunSpec run) {
        return run.preprocessing() + "/" + run.validationFraction() + "/" + (run.validationFraction() > 0 ? run.seed() : 0);
    }
}
