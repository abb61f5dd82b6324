package optlab.spec;

import java.util.Arrays;
import java.util.Locale;

/** What a study ranks its configurations by, and which way is better. */
public enum StudyMetric {
    TEST_ACCURACY("test_accuracy", true),
    TEST_LOSS("test_loss", false),
    VALIDATION_ACCURACY("val_accuracy", true),
    VALIDATION_LOSS("val_loss", false),
    /** The last epoch's mean over its batches, each measured before its update: what Keras' fit() prints. */
    TRAIN_ACCURACY("train_accuracy", true),
    TRAIN_LOSS("train_loss", false);

    private final String id;
    private final boolean higherIsBetter;

    StudyMetric(String id, boolean higherIsBetter) {
        this.id = id;
        this.higherIsBetter = higherIsBetter;
    }

    public String id() {
        return id;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean isAccuracy() {
        return this == TEST_ACCURACY || this == VALIDATION_ACCURACY || this == TRAIN_ACCURACY;
    }

    public boolean needsValidation() {
        return this == VALIDATION_ACCURACY || this == VALIDATION_LOSS;
    }

    public static StudyMetric parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(key)).findFirst().orElseThrow(() -> Choices.unknown("metric", text,
                Arrays.stream(values()).map(m -> m.id).toList()));
    }
}
