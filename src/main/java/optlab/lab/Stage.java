package optlab.lab;

import java.util.Arrays;
import java.util.List;

/**
 * The check's stages, in the order they run; the points are the defaults an exercise file may
 * change. Update-rule exercises run the first three, layer exercises the last four.
 */
public enum Stage {
    VECTORS("vectors", "fixed-gradient vectors and edge cases", 5, false),
    STATE("state", "the state after every step", 3, false),
    MNIST("mnist", "MNIST in lockstep with TensorFlow", 2, false),
    FORWARD("forward", "forward against the reference on fixed cases and edge cases", 3, true),
    BACKWARD("backward", "backward against the reference", 3, true),
    GRADCHECK("gradcheck", "backward against float64 central differences of your own forward", 2, true),
    TENSORFLOW("tensorflow", "forward and gradient against TensorFlow's op", 2, true);

    public final String id;
    public final String title;
    public final int defaultPoints;
    public final boolean layer;

    Stage(String id, String title, int defaultPoints, boolean layer) {
        this.id = id;
        this.title = title;
        this.defaultPoints = defaultPoints;
        this.layer = layer;
    }

    /** The stages of a layer exercise ({@code layer}) or of an update-rule exercise, in order. */
    public static List<Stage> of(boolean layer) {
        return Arrays.stream(values()).filter(s -> s.layer == layer).toList();
    }
}
