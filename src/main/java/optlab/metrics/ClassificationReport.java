package optlab.metrics;

import java.util.List;

/** Precision, recall, F1 and support per class, their macro and support-weighted averages, and accuracy. */
public record ClassificationReport(List<ClassMetrics> classes, ClassMetrics macroAverage, ClassMetrics weightedAverage, double accuracy) {

    public static ClassificationReport of(ConfusionMatrix matrix) {
        throw new UnsupportedOperationException("TODO");
    }
}
