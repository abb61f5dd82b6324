package optlab.metrics;

import java.util.List;

/**
 * Everything measured on one labelled set from a model's class probabilities. Both trainers are
 * evaluated only through {@link #of}, so their numbers are comparable by construction.
 *
 * @param loss mean cross-entropy, -ln(max(p[label], 1e-12))
 * @param rocPerClass one-vs-rest ROC curve per class
 * @param macroRoc macro-average ROC (per-class TPR interpolated on the union of FPRs and averaged)
 * @param macroAuc mean of the per-class AUCs
 */
public record Evaluation(
        double loss,
        double accuracy,
        ConfusionMatrix confusion,
        ClassificationReport report,
        List<RocCurve> rocPerClass,
        RocCurve macroRoc,
        double macroAuc) {

    public static Evaluation of(float[][] probabilities, int[] labels) {
        throw new UnsupportedOperationException("TODO");
    }
}
