package optlab.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything measured on one labelled set from a model's class probabilities. Both trainers are
 * evaluated only through {@link #of}, so their numbers are comparable by construction.
 *
 * <p>A class's one-vs-rest ROC needs samples both in and outside the class. A class without them
 * (absent from the labels, or the only class present) has a null entry in {@code rocPerClass} and
 * is left out of {@code macroRoc} and {@code macroAuc}; if no class has a curve, {@code macroRoc}
 * is null and {@code macroAuc} is NaN.
 *
 * @param loss mean cross-entropy, -ln(max(p[label], 1e-12)), as in {@link LossAccuracy}
 * @param accuracy share of rows whose argmax (first index on ties) is their label
 * @param confusion actual labels against argmax predictions
 * @param report precision, recall and F1 per class from {@code confusion}
 * @param rocPerClass one-vs-rest ROC curve per class, scored by that class's probability; indexed by class
 * @param macroRoc macro-average ROC as in scikit-learn's documentation: each class's TPR linearly
 *     interpolated at the sorted union of all classes' FPRs, then averaged, with (0,0) in front; where a
 *     class's curve rises vertically at one of those FPRs, its highest TPR there counts (as with
 *     {@code numpy.interp}), so this curve's trapezoidal area can exceed {@code macroAuc} slightly
 * @param macroAuc mean of the per-class AUCs, as scikit-learn's
 *     {@code roc_auc_score(average="macro", multi_class="ovr")}
 */
public record Evaluation(
        double loss,
        double accuracy,
        ConfusionMatrix confusion,
        ClassificationReport report,
        List<RocCurve> rocPerClass,
        RocCurve macroRoc,
        double macroAuc) {

    public Evaluation {
        // Not List.copyOf: entries for classes without a curve are null.
        rocPerClass = Collections.unmodifiableList(new ArrayList<>(rocPerClass));
    }

    /**
     * @param probabilities one row per sample, one column per class (softmax outputs)
     * @param labels the class of each row
     * @throws IllegalArgumentException if there are no rows, rows differ in length, a label is not a
     *     column index or missing, or a probability is NaN
     */
    public static Evaluation of(float[][] probabilities, int[] labels) {
        LossAccuracy lossAccuracy = LossAccuracy.of(probabilities, labels);
        int classes = probabilities[0].length;
        int[] predicted = new int[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            predicted[i] = Probabilities.argmax(probabilities[i]);
        }
        ConfusionMatrix confusion = ConfusionMatrix.of(labels, predicted, classes);
        List<RocCurve> rocPerClass = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            rocPerClass.add(oneVsRest(probabilities, labels, k));
        }
        List<RocCurve> defined = rocPerClass.stream().filter(Objects::nonNull).toList();
        return new Evaluation(lossAccuracy.loss(), lossAccuracy.accuracy(), confusion, ClassificationReport.of(confusion),
                rocPerClass, defined.isEmpty() ? null : MacroRoc.average(defined),
                defined.stream().mapToDouble(RocCurve::auc).average().orElse(Double.NaN));
    }

    /** The same from probabilities laid out row-major, {@code labels.length} rows, as the trainers return them. */
    public static Evaluation ofRowMajor(float[] probabilities, int[] labels) {
        return of(Probabilities.rows(probabilities, labels.length), labels);
    }

    /** Null when class k has no samples or all samples are of class k. */
    private static RocCurve oneVsRest(float[][] probabilities, int[] labels, int k) {
        double[] scores = new double[probabilities.length];
        boolean[] positive = new boolean[probabilities.length];
        int positives = 0;
        for (int i = 0; i < probabilities.length; i++) {
            scores[i] = probabilities[i][k];
            positive[i] = labels[i] == k;
            if (positive[i]) {
                positives++;
            }
        }
        return positives == 0 || positives == labels.length ? null : RocCurve.of(scores, positive);
    }
}
