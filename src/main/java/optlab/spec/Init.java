package optlab.spec;

import java.util.List;
import java.util.Locale;

/** How initial weights are drawn; biases always start at zero. */
public enum Init {
    /** Glorot/Xavier uniform: U(-a, a), a = sqrt(6 / (fanIn + fanOut)). */
    GLOROT("glorot"),
    /** He uniform: U(-a, a), a = sqrt(6 / fanIn). */
    HE("he"),
    /** Every weight 0, as the course's softmax regression starts. */
    ZEROS("zeros");

    private final String id;

    Init(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Init parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        if (key.equals("xavier")) {
            return GLOROT;
        }
        for (Init i : values()) {
            if (i.id.equals(key)) {
                return i;
            }
        }
        throw Choices.unknown("init", text, List.of("glorot", "he", "zeros"));
    }
}
