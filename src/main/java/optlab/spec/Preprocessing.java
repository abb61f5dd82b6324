package optlab.spec;

import java.util.List;
import java.util.Locale;

/** Input scaling; statistics always come from the training split only. */
public enum Preprocessing {
    /** pixel / 255, into [0, 1]. */
    SCALE("scale"),
    /** (pixel/255 - mean) / std per pixel, with mean and std of the training split. */
    STANDARDIZE("standardize"),
    /**
     * Two features per image, the mean and the standard deviation of its pixels (/255), each then
     * standardized with the training split's statistics: the course's softmax-regression input.
     */
    PIXEL_STATS("pixel_stats");

    private final String id;

    Preprocessing(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Features per example that the model sees, for images of {@code pixels} pixels. */
    public int features(int pixels) {
        return this == PIXEL_STATS ? 2 : pixels;
    }

    public static Preprocessing parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Preprocessing p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        throw Choices.unknown("preprocessing", text, List.of("scale", "standardize", "pixel_stats"));
    }
}
