package optlab.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall, F1 and support per class, their macro and support-weighted averages, and
 * accuracy, with the semantics of scikit-learn's {@code classification_report} given
 * {@code labels=range(numClasses)} and {@code zero_division=0}: a ratio whose denominator is 0 (a
 * class never predicted has no precision, a class with no samples has no recall) counts as 0, and
 * every class takes part in the macro average, even one absent from both actual and predicted labels.
 *
 * @param classes one row per class, labelled "0", "1", ...
 * @param macroAverage unweighted mean of the per-class values, labelled "macro avg"
 * @param weightedAverage mean of the per-class values weighted by support, labelled "weighted avg"
 * @param accuracy correct / total
 */
public record ClassificationReport(List<ClassMetrics> classes, ClassMetrics macroAverage, ClassMetrics weightedAverage, double accuracy) {

    public ClassificationReport {
        classes = List.copyOf(classes);
    }

    /** Computes the report; the matrix must hold at least one sample. */
    public static ClassificationReport of(ConfusionMatrix matrix) {
        int total = matrix.total();
        if (total == 0) {
            throw new IllegalArgumentException("a classification report needs at least one sample");
        }
        List<ClassMetrics> classes = new ArrayList<>();
        for (int k = 0; k < matrix.numClasses(); k++) {
            classes.add(classMetrics(matrix, k));
        }
        return new ClassificationReport(classes, average("macro avg", classes, false, total),
                average("weighted avg", classes, true, total), matrix.accuracy());
    }

    private static ClassMetrics classMetrics(ConfusionMatrix matrix, int k) {
        int truePositives = matrix.counts()[k][k];
        int support = matrix.actualCount(k);
        int predicted = matrix.predictedCount(k);
        // 2TP / (2TP + FP + FN) is the harmonic mean of precision and recall, and 0 where both are 0.
        return new ClassMetrics(String.valueOf(k), ratio(truePositives, predicted), ratio(truePositives, support),
                ratio(2 * truePositives, predicted + support), support);
    }

    private static ClassMetrics average(String label, List<ClassMetrics> classes, boolean bySupport, int total) {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        double weights = 0;
        for (ClassMetrics c : classes) {
            double weight = bySupport ? c.support() : 1;
            precision += weight * c.precision();
            recall += weight * c.recall();
            f1 += weight * c.f1();
            weights += weight;
        }
        return new ClassMetrics(label, precision / weights, recall / weights, f1 / weights, total);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
