package optlab.metrics;

/**
 * Cross-entropy loss and accuracy of a model's class probabilities, without the rest of an
 * {@link Evaluation}: cheap enough for every training batch.
 *
 * @param loss mean over rows of -ln(max(p[label], 1e-12)), in double; NaN if a row's probability
 *     of its label is NaN, so a diverged model shows up here
 * @param accuracy correct / rows
 * @param correct rows whose largest probability (the first one on ties) is at their label
 */
public record LossAccuracy(double loss, double accuracy, int correct) {

    /** Probabilities smaller than this are raised to it, so a confident mistake costs about 27.6, not infinity. */
    public static final double MIN_PROBABILITY = 1e-12;

    /**
     * @param probabilities one row per sample, one column per class (softmax outputs)
     * @param labels the class of each row
     * @throws IllegalArgumentException if there are no rows, rows differ in length, or a label is
     *     not a column index or missing
     */
    public static LossAccuracy of(float[][] probabilities, int[] labels) {
        Probabilities.checkShape(probabilities, labels);
        double lossSum = 0;
        int correct = 0;
        for (int i = 0; i < probabilities.length; i++) {
            lossSum += rowLoss(probabilities[i][labels[i]]);
            if (Probabilities.argmax(probabilities[i]) == labels[i]) {
                correct++;
            }
        }
        int rows = probabilities.length;
        return new LossAccuracy(lossSum / rows, (double) correct / rows, correct);
    }

    /** The same from probabilities laid out row-major, {@code labels.length} rows, as the trainers return them. */
    public static LossAccuracy ofRowMajor(float[] probabilities, int[] labels) {
        return of(Probabilities.rows(probabilities, labels.length), labels);
    }

    /** The mean loss alone, from row-major float probabilities ({@code labels.length} rows): the landscape's many evaluations. */
    public static double loss(float[] probabilities, int[] labels) {
        int classes = probabilities.length / labels.length;
        double lossSum = 0;
        for (int i = 0; i < labels.length; i++) {
            lossSum += rowLoss(probabilities[i * classes + labels[i]]);
        }
        return lossSum / labels.length;
    }

    /** The mean loss alone, from row-major probabilities in double ({@code labels.length} rows), as lockstep validation compares them. */
    public static double loss(double[] probabilities, int[] labels) {
        int classes = probabilities.length / labels.length;
        double lossSum = 0;
        for (int i = 0; i < labels.length; i++) {
            lossSum += rowLoss(probabilities[i * classes + labels[i]]);
        }
        return lossSum / labels.length;
    }

    /** -ln(max(p, MIN_PROBABILITY)): one row's loss from its probability of the label. */
    private static double rowLoss(double p) {
        return -Math.log(Math.max(p, MIN_PROBABILITY));
    }
}
