package optlab.report;

import java.util.Comparator;
import java.util.List;
import optlab.results.ValidationVerdict;
import optlab.spec.ExperimentSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.spec.RunSpec;

/** The stored lockstep verdicts, looked up for a configuration (model and optimizer as run) or for an optimizer of the experiment. */
final class Verdicts {

    private final ExperimentSpec spec;
    private final List<ValidationVerdict> verdicts;

    Verdicts(ExperimentSpec spec, List<ValidationVerdict> verdicts) {
        this.spec = spec;
        this.verdicts = verdicts;
    }

    /** The verdict of the run's model with the run's optimizer. */
    VerdictView of(RunSpec run) {
        return VerdictView.of(OptimizerCatalog.runsOnTensorFlow(run.optimizer().name()), verdicts.stream()
                .filter(v -> v.inputs().model().equals(run.model()) && v.inputs().optimizer().equals(run.optimizer()))
                .findFirst().orElse(null));
    }

    /** Over every model and tuned rate an optimizer of the experiment ran with: the first failing verdict, else the first. */
    VerdictView ofOptimizer(OptimizerSpec given) {
        return VerdictView.of(OptimizerCatalog.runsOnTensorFlow(given.name()), verdicts.stream()
                .filter(v -> given(v.inputs().optimizer()).equals(given))
                .min(Comparator.comparing(ValidationVerdict::passed))
                .orElse(null));
    }

    /** The experiment's optimizer that {@code ran} came from: the same but for a tuned learning rate. */
    OptimizerSpec given(OptimizerSpec ran) {
        return spec.optimizers().stream().filter(o -> o.sameButForLearningRate(ran)).findFirst().orElse(ran);
    }
}
