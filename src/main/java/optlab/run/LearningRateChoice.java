package optlab.run;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.OptimizerSpec;
import optlab.spec.Variant;

/**
 * Picks each configuration's learning rate from its tuning runs: the rate with the lowest final
 * validation loss. A run that diverged never wins; when every rate diverged, the smallest rate is
 * kept, the one most likely to train at all.
 */
public final class LearningRateChoice {

    private LearningRateChoice() {
    }

    /** For {@link ExperimentSpec#runs(BiFunction)}: each optimizer with its chosen rate; as given when nothing was tuned. */
    public static BiFunction<Variant, OptimizerSpec, OptimizerSpec> from(ExperimentSpec experiment, List<RunResult> tuning) {
        if (experiment.tune() == null) {
            return (variant, optimizer) -> optimizer;
        }
        return (variant, optimizer) -> optimizer.withLearningRate(best(grid(experiment, tuning, variant, optimizer)));
    }

    /** The tuning runs of one configuration, in grid order. */
    public static List<RunResult> grid(ExperimentSpec experiment, List<RunResult> tuning, Variant variant, OptimizerSpec optimizer) {
        return tuning.stream()
                .filter(r -> r.spec().model().equals(variant.model()))
                .filter(r -> optimizer.sameButForLearningRate(r.spec().optimizer()))
                .toList();
    }

    /** The winning rate of one configuration's grid. */
    public static double best(List<RunResult> grid) {
        Optional<RunResult> winner = grid.stream()
                .filter(r -> !r.diverged() && r.history().last().validationLoss() != null)
                .filter(r -> Double.isFinite(r.history().last().validationLoss()))
                .min(Comparator.comparingDouble(r -> r.history().last().validationLoss()));
        return winner.map(r -> r.spec().optimizer().learningRate())
                .orElseGet(() -> grid.stream().mapToDouble(r -> r.spec().optimizer().learningRate()).min().orElseThrow());
    }
}
