package optlab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import optlab.data.Dataset;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.results.ResultsStore;
import optlab.results.ValidationVerdict;
import optlab.spec.ExperimentSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.validate.LockstepValidation;
import optlab.validate.OptimizerValidation;
import optlab.validate.Tolerance;

/**
 * Checks every optimizer of an experiment that has a TensorFlow twin in lockstep against it (what
 * {@code optlab validate} does) with the experiment's model, training set, batch size and seed, and
 * stores each verdict. A verdict stored for the same inputs is reused, so a rerun does not validate again.
 */
public final class ValidationRunner {

    static final int STEPS = 200;
    static final Tolerance TOLERANCE = Tolerance.FLOAT32;

    /** What the runner tells its caller, optimizer by optimizer. */
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

    /** The verdicts in the experiment's optimizer order; optimizers without a TensorFlow twin have none. */
    public List<ValidationVerdict> run(ExperimentSpec experiment) {
        List<OptimizerSpec> twins = experiment.optimizers().stream().filter(o -> OptimizerCatalog.runsOnTensorFlow(o.name())).toList();
        var verdicts = new ArrayList<ValidationVerdict>();
        LockstepValidation validation = null;
        for (int i = 0; i < twins.size(); i++) {
            OptimizerSpec optimizer = twins.get(i);
            ValidationVerdict.Inputs inputs = inputs(experiment, optimizer);
            Optional<ValidationVerdict> stored = store.findValidation(optimizer.id()).filter(v -> v.inputs().equals(inputs));
            if (stored.isPresent()) {
                events.reused(stored.get(), i + 1, twins.size());
                verdicts.add(stored.get());
                continue;
            }
            if (validation == null) {
                validation = new LockstepValidation(experiment.model(), trainingSet(experiment), experiment.batchSize(),
                        experiment.seed(), STEPS, TOLERANCE);
            }
            long start = System.nanoTime();
            ValidationVerdict verdict = verdict(inputs, validation.run(optimizer));
            store.save(verdict);
            events.validated(verdict, (System.nanoTime() - start) / 1e9, i + 1, twins.size());
            verdicts.add(verdict);
        }
        return verdicts;
    }

    /** The rows the experiment's runs train on. */
    private Dataset trainingSet(ExperimentSpec experiment) {
        RawMnist mnist = raw.get();
        return Preprocessor.prepare(mnist.train(), mnist.test(), experiment.preprocessing(), experiment.validationFraction(),
                experiment.seed()).train();
    }

    static ValidationVerdict.Inputs inputs(ExperimentSpec experiment, OptimizerSpec optimizer) {
        return new ValidationVerdict.Inputs(experiment.dataset(), experiment.model(), experiment.preprocessing(),
                experiment.validationFraction(), experiment.batchSize(), experiment.seed(), STEPS,
                TOLERANCE.relativeLoss(), TOLERANCE.parameter(), optimizer);
    }

    static ValidationVerdict verdict(ValidationVerdict.Inputs inputs, OptimizerValidation validation) {
        return new ValidationVerdict(inputs, validation.maxRelativeLossDifference(), validation.maxParameterDifference(),
                validation.firstFailingStep());
    }
}
