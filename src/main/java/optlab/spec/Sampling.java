package optlab.spec;

import java.util.List;
import java.util.Locale;

/** How a run draws its batches from the training set. */
public enum Sampling {
    /** Every epoch visits every row once, in a seeded shuffled order. */
    SHUFFLE("shuffle"),
    /** Every step draws its rows independently and uniformly, with replacement (the course's "one random example per step"). */
    WITH_REPLACEMENT("with_replacement");

    private final String id;

    Sampling(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Sampling parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Sampling s : values()) {
            if (s.id.equals(key)) {
                return s;
            }
        }
        throw Choices.unknown("sampling", text, List.of("shuffle", "with_replacement"));
    }
}
