package optlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.train.EpochStats;

/**
 * How closely the scratch and TensorFlow runs of one configuration (same seed) agree, over the epochs
 * both completed.
 *
 * @param configuration the configuration's label: model variant and optimizer, hyperparameters included
 * @param epochs epochs compared (completed by both runs)
 * @param maxTrainLossDifference largest |scratch - tensorflow| of the epoch training loss
 * @param maxTestAccuracyDifference largest |scratch - tensorflow| of the epoch test accuracy (a fraction)
 * @param firstEpochRelativeLossDifference |scratch - tensorflow| / |tensorflow| of epoch 1's training loss
 * @param finalTestAccuracyDifference scratch minus tensorflow test accuracy after the last compared epoch
 */
public record Agreement(
        String configuration,
        long seed,
        int epochs,
        double maxTrainLossDifference,
        double maxTestAccuracyDifference,
        double firstEpochRelativeLossDifference,
        double finalTestAccuracyDifference) {

    /** One entry per configuration and seed that has both a scratch and a TensorFlow run with at least one epoch. */
    public static List<Agreement> of(ExperimentSpec spec, List<RunResult> runs) {
        Map<String, RunResult[]> pairs = new LinkedHashMap<>();
        for (RunResult run : runs) {
            String key = spec.configuration(run.spec()) + "\u0000" + run.spec().seed();
            int side = run.spec().implementation() == Implementation.SCRATCH ? 0 : 1;
            pairs.computeIfAbsent(key, k -> new RunResult[2])[side] = run;
        }
        var agreements = new ArrayList<Agreement>();
        for (RunResult[] pair : pairs.values()) {
            if (pair[0] != null && pair[1] != null) {
                compare(spec.configuration(pair[0].spec()), pair[0], pair[1]).ifPresent(agreements::add);
            }
        }
        return agreements;
    }

    private static Optional<Agreement> compare(String configuration, RunResult scratch, RunResult tensorflow) {
        List<EpochStats> a = scratch.history().epochs();
        List<EpochStats> b = tensorflow.history().epochs();
        int epochs = Math.min(a.size(), b.size());
        if (epochs == 0) {
            return Optional.empty();
        }
        double loss = 0;
        double accuracy = 0;
        for (int e = 0; e < epochs; e++) {
            loss = Math.max(loss, Math.abs(a.get(e).trainLoss() - b.get(e).trainLoss()));
            accuracy = Math.max(accuracy, Math.abs(a.get(e).testAccuracy() - b.get(e).testAccuracy()));
        }
        double first = Math.abs(a.get(0).trainLoss() - b.get(0).trainLoss()) / Math.abs(b.get(0).trainLoss());
        double last = a.get(epochs - 1).testAccuracy() - b.get(epochs - 1).testAccuracy();
        return Optional.of(new Agreement(configuration, scratch.spec().seed(), epochs,
                loss, accuracy, first, last));
    }
}
