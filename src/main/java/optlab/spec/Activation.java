package optlab.spec;

import java.util.List;
import java.util.Locale;

/** Hidden-layer activation functions; the output layer is always softmax. */
public enum Activation {
    RELU("relu"), SIGMOID("sigmoid"), TANH("tanh"), LEAKY_RELU("leaky_relu"), LINEAR("linear");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Activation parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Activation a : values()) {
            if (a.id.equals(key) || (a == LEAKY_RELU && key.equals("leakyrelu"))) {
                return a;
            }
        }
        throw Choices.unknown("activation", text, List.of("relu", "sigmoid", "tanh", "leaky_relu", "linear"));
    }
}
