package optlab.spec;

import java.util.List;
import java.util.Locale;

/** Which trainer runs a spec. */
public enum Implementation {
    SCRATCH("scratch"), TENSORFLOW("tensorflow");

    private final String id;

    Implementation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Implementation parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Implementation i : values()) {
            if (i.id.equals(key) || (i == TENSORFLOW && key.equals("tf"))) {
                return i;
            }
        }
        throw Choices.unknown("implementation", text, List.of("scratch", "tensorflow"));
    }
}
