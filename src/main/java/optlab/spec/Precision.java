package optlab.spec;

import java.util.List;
import java.util.Locale;

/**
 * The floating-point precision both sides of a lockstep validation run in. Training and the report
 * always run in float32; float64 exists to check the update rules far below float32's rounding.
 */
public enum Precision {
    FLOAT32("float32"), FLOAT64("float64");

    private final String id;

    Precision(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Precision parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Precision p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        throw Choices.unknown("precision", text, List.of("float32", "float64"));
    }
}
