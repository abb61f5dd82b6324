package optlab.spec;

import java.util.List;
import java.util.Locale;

/**
 * The data term of the training objective, on the softmax output p of a batch of n rows with
 * labels y over K classes; both follow Keras, the course's reference.
 */
public enum Loss {
    /** Keras {@code categorical_crossentropy}: L = -(1/n) sum_r ln p[r, y_r]. */
    CROSS_ENTROPY("cross_entropy"),
    /**
     * Keras {@code mean_squared_error} on the softmax output, which averages over the last axis and
     * then over the batch: L = (1/(n K)) sum_r sum_c (p[r, c] - onehot(y_r)[c])^2.
     */
    MSE("mse"),
    /**
     * The from-scratch notebook's squared error on the softmax output, half the sum over the classes,
     * averaged over the batch: L = (1/(2n)) sum_r sum_c (p[r, c] - onehot(y_r)[c])^2, K/2 times
     * {@link #MSE} (and its gradient (p - t)/n, 5 times Keras' with 10 classes).
     */
    MSE_SUM("mse_sum");

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Loss parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Loss l : values()) {
            if (l.id.equals(key)) {
                return l;
            }
        }
        throw Choices.unknown("loss", text, List.of("cross_entropy", "mse", "mse_sum"));
    }
}
