package optlab.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import optlab.metrics.Evaluation;
import optlab.results.Divergence;
import optlab.results.Provenance;
import optlab.results.RunResult;
import optlab.results.RunStatus;
import optlab.results.ValidationVerdict;
import optlab.spec.Activation;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.Preprocessing;
import optlab.spec.RunSpec;
import optlab.train.EpochStats;
import optlab.train.History;
import optlab.train.IterationStats;

/** Hand-made run results for report and store tests: small, exact numbers, no training. */
public final class SyntheticRuns {

    /** 3 classes, 6 test samples; argmax right on 5 of 6. */
    public static final float[][] PROBABILITIES = {
        {0.7f, 0.2f, 0.1f}, {0.6f, 0.3f, 0.1f}, {0.2f, 0.7f, 0.1f},
        {0.5f, 0.4f, 0.1f}, {0.1f, 0.2f, 0.7f}, {0.2f, 0.1f, 0.7f}};
    public static final int[] LABELS = {0, 0, 1, 1, 2, 2};

    private SyntheticRuns() {
    }

    public static ExperimentSpec experiment(String optimizers) {
        return new ExperimentSpec("synthetic", "mnist", ModelSpec.mlp(4, List.of(3), 3, Activation.RELU, Loss.CROSS_ENTROPY, 0),
                OptimizerCatalog.parseList(optimizers), List.of(Implementation.SCRATCH, Implementation.TENSORFLOW),
                7, 3, 2, 2, Preprocessing.SCALE, 0.0, 1);
    }

    public static RunSpec run(String optimizer, Implementation implementation) {
        return experiment(optimizer).runs().stream().filter(r -> r.implementation() == implementation).findFirst().orElseThrow();
    }

    /** A completed run whose epoch e (1-based) has train loss {@code trainLosses[e-1]} and test accuracy {@code testAccuracies[e-1]}. */
    public static RunResult completed(RunSpec spec, double[] trainLosses, double[] testAccuracies) {
        var epochs = new ArrayList<EpochStats>();
        var iterations = new ArrayList<IterationStats>();
        for (int e = 1; e <= trainLosses.length; e++) {
            epochs.add(new EpochStats(e, trainLosses[e - 1], 0.5 + 0.1 * e, trainLosses[e - 1] * 1.1, testAccuracies[e - 1],
                    null, null, spec.optimizer().learningRate(), 0.25 * e));
            iterations.add(new IterationStats(2L * e, e, trainLosses[e - 1] + 0.01, trainLosses[e - 1] * 1.1));
        }
        return new RunResult(spec, RunStatus.COMPLETED, new History(epochs, iterations, 0, 0), Evaluation.of(PROBABILITIES, LABELS), null);
    }

    /** A run that diverged in epoch 2 at step 5, after one completed epoch. */
    public static RunResult diverged(RunSpec spec) {
        var epoch = new EpochStats(1, 2.5, 0.3, 3.0, 0.25, null, null, spec.optimizer().learningRate(), 0.5);
        return new RunResult(spec, RunStatus.DIVERGED, new History(List.of(epoch), List.of(), 0, 0), null, new Divergence(2, 5, "NaN"));
    }

    /**
     * A stored lockstep verdict for the optimizer in {@link #experiment}: within the tolerance when
     * {@code firstFailingStep} is -1, else out of it from that step on.
     */
    public static ValidationVerdict verdict(String optimizer, long firstFailingStep) {
        ExperimentSpec e = experiment(optimizer);
        var inputs = new ValidationVerdict.Inputs(e.dataset(), e.model(), e.preprocessing(), e.validationFraction(), e.batchSize(),
                e.seed(), 200, optlab.spec.Precision.FLOAT64, 1e-10, 1e-7, e.optimizers().get(0));
        return firstFailingStep < 0
                ? new ValidationVerdict(inputs, 2.5e-15, 3.5e-16, -1)
                : new ValidationVerdict(inputs, 4.25e-3, 1.5e-2, firstFailingStep);
    }

    public static Provenance provenance() {
        return new Provenance(Map.of("seed", "7", "git commit", "abc123"));
    }
}
