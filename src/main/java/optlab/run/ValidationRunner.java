package optlab.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import optlab.data.Dataset;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.results.NotStoredYet;
import optlab.results.ResultsStore;
import optlab.results.RunClaims;
import optlab.results.RunResult;
import optlab.results.StoredResults;
import optlab.results.ValidationVerdict;
import optlab.spec.ExperimentSpec;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.spec.RunSpec;
import optlab.spec.Precision;
import optlab.spec.RunSpec;
import optlab.validate.LockstepValidation;
import optlab.validate.OptimizerValidation;
import optlab.validate.Tolerance;

/**
 * Checks every configuration of an experiment that has a TensorFlow twin (its model with the
 * optimizer as it ran, tuned rate included) in lockstep against TensorFlow, as {@code optlab
 * validate --precision float64} does, with the experiment's training set, batch size and seed, and
 * stores each verdict. A verdict stored for the same inputs is reused, so a rerun does not validate
 * again.
 *
 * <p>In float64 because the verdict answers "is this the same rule as TensorFlow's?": float32
 * rounding drift grows with the learning rate and the number of updates (RMSProp at lr 0.01 drifts
 * past float32's default tolerance near update 200), while float64 drift stays near 1e-13 and any
 * real difference in a rule stands out by orders of magnitude. How closely the float32 runs agree is
 * the report's other column group.
 */
public final class ValidationRunner {

    static final int STEPS = 200;
    static final Precision PRECISION = Precision.FLOAT64;
    static final Tolerance TOLERANCE = Tolerance.of(PRECISION);

    /** What the runner tells its caller, configuration by configuration. */
    public interface Events {
        void validated(ValidationVerdict verdict, double seconds, int index, int total);

        void reused(ValidationVerdict verdict, int index, int total);
    }

    private final Supplier<RawMnist> raw;
    private final ResultsStore store;
    private final Events events;

    /** @param raw read only when some verdict has to be computed */
    public ValidationRunner(Supplier<RawMnist> raw, ResultsStore store, Events events) {
        this.raw = raw;
        this.store = store;
        this.events = events;
    }

    /** The verdicts in the runs' order of configurations; configurations without a TensorFlow twin have none. */
    public List<ValidationVerdict> run(ExperimentSpec experiment, List<RunResult> runs) {
        return run(experiment, inputs(experiment, runs), null);
    }

    /**
     * {@link #run}, for workers sharing the store: each verdict is claimed before it is computed, and
     * one another worker holds is left to it (and missing from the list).
     */
    public List<ValidationVerdict> runShared(ExperimentSpec experiment, List<RunResult> runs) {
        return run(experiment, inputs(experiment, runs), new RunClaims(store.folder(), ExperimentRunner.CLAIM_TIMEOUT));
    }

    /**
     * For a worker process of a sweep: the verdicts of the runs' configurations that are neither stored nor claimed by
     * another worker (nor by a dead one: the sweep computes those), computed from the runs' specs, so before the runs are
     * trained.
     */
    public void runUnclaimed(ExperimentSpec experiment, List<RunSpec> runs) {
        run(experiment, inputsOf(experiment, runs), new RunClaims(store.folder(), ExperimentRunner.CLAIM_TIMEOUT).leavingDeadOnes());
    }

    private List<ValidationVerdict> run(ExperimentSpec experiment, List<ValidationVerdict.Inputs> all, RunClaims claims) {
        var verdicts = new ArrayList<ValidationVerdict>();
        Dataset train = null;
        for (int i = 0; i < all.size(); i++) {
            ValidationVerdict.Inputs inputs = all.get(i);
            Optional<ValidationVerdict> stored = store.findValidation(inputs);
            if (stored.isPresent()) {
                events.reused(stored.get(), i + 1, all.size());
                verdicts.add(stored.get());
                continue;
            }
            if (train == null) {
                train = trainingSet(experiment);
            }
            if (claims == null) {
                verdicts.add(validate(experiment, inputs, train, i + 1, all.size()));
                continue;
            }
            Optional<RunClaims.Claim> claim = claims.tryClaim("validation-" + inputs.id());
            if (claim.isPresent()) {
                try (RunClaims.Claim held = claim.get()) {
                    Optional<ValidationVerdict> meanwhile = store.findValidation(inputs);
                    verdicts.add(meanwhile.isPresent() ? meanwhile.get() : validate(experiment, inputs, train, i + 1, all.size()));
                }
            }
        }
        return verdicts;
    }

    private ValidationVerdict validate(ExperimentSpec experiment, ValidationVerdict.Inputs inputs, Dataset train, int index, int total) {
        long start = System.nanoTime();
        int rows = experiment.batchSize() == RunSpec.FULL_BATCH ? train.size() : experiment.batchSize();
        var validation = new LockstepValidation(inputs.model(), train, rows, experiment.seed(), STEPS, TOLERANCE,
                PRECISION);
        ValidationVerdict verdict = verdict(inputs, validation.run(inputs.optimizer()));
        store.save(verdict);
        events.validated(verdict, (System.nanoTime() - start) / 1e9, index, total);
        return verdict;
    }

    /** The verdicts already stored for the runs' configurations, without validating anything: what {@code report --from} shows. */
    public static List<ValidationVerdict> stored(StoredResults store, ExperimentSpec experiment, List<RunResult> runs) {
        return inputs(experiment, runs).stream().map(store::findValidation).flatMap(Optional::stream).toList();
    }

    /**
     * Refuses, naming them, configurations whose verdict is not stored yet: what {@code report --from
     * --wait} waits for once every run is there, as the shards compute verdicts after training.
     */
    public static void requireStored(StoredResults store, ExperimentSpec experiment, List<RunResult> runs) {
        List<ValidationVerdict.Inputs> all = inputs(experiment, runs);
        List<String> missing = all.stream().filter(i -> store.findValidation(i).isEmpty()).map(i -> i.optimizer().label()).toList();
        if (!missing.isEmpty()) {
            throw new NotStoredYet(store.where() + ": " + missing.size() + " of the " + all.size() + " lockstep verdicts of experiment '"
                    + experiment.name() + "' are not stored yet (" + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                    + (missing.size() > 3 ? ", ..." : "") + ")");
        }
    }

    /** One validation per distinct model and optimizer among the runs, if the optimizer has a TensorFlow twin. */
    static List<ValidationVerdict.Inputs> inputs(ExperimentSpec experiment, List<RunResult> runs) {
        return inputsOf(experiment, runs.stream().map(RunResult::spec).toList());
    }

    private static List<ValidationVerdict.Inputs> inputsOf(ExperimentSpec experiment, List<RunSpec> runs) {
        Map<List<Object>, ValidationVerdict.Inputs> distinct = new LinkedHashMap<>();
        for (RunSpec run : runs) {
            ModelSpec model = run.model();
            OptimizerSpec optimizer = run.optimizer();
            if (OptimizerCatalog.runsOnTensorFlow(optimizer.name())) {
                distinct.putIfAbsent(List.of(model, optimizer), inputs(experiment, model, optimizer));
            }
        }
        return List.copyOf(distinct.values());
    }

    static ValidationVerdict.Inputs inputs(ExperimentSpec experiment, ModelSpec model, OptimizerSpec optimizer) {
        return new ValidationVerdict.Inputs(experiment.dataset(), model, experiment.preprocessing(),
                experiment.validationFraction(), experiment.batchSize(), experiment.seed(), STEPS, PRECISION,
                TOLERANCE.relativeLoss(), TOLERANCE.parameter(), optimizer);
    }

    /** The rows the experiment's runs train on. */
    private Dataset trainingSet(ExperimentSpec experiment) {
        RawMnist mnist = raw.get();
        return Preprocessor.prepare(mnist.train(), mnist.test(), experiment.preprocessing(), experiment.validationFraction(),
                experiment.seed()).train();
    }

    static ValidationVerdict verdict(ValidationVerdict.Inputs inputs, OptimizerValidation validation) {
        return new ValidationVerdict(inputs, validation.maxRelativeLossDifference(), validation.maxParameterDifference(),
                validation.firstFailingStep(), validation.divergedAt());
    }
}
