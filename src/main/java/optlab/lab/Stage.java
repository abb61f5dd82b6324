package optlab.lab;

/** The check's stages, in the order they run; the points are the defaults an exercise file may change. */
public enum Stage {
    VECTORS("vectors", "fixed-gradient vectors and edge cases", 5),
    STATE("state", "the state after every step", 3),
    MNIST("mnist", "MNIST in lockstep with TensorFlow", 2);

    public final String id;
    public final String title;
    public final int defaultPoints;

    Stage(String id, String title, int defaultPoints) {
        this.id = id;
        this.title = title;
        this.defaultPoints = defaultPoints;
    }
}
