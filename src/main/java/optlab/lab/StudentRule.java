package optlab.lab;

/**
 * The student API of an update-rule exercise. optlab creates one instance per run and calls
 * {@link #init} once for every parameter tensor, then {@link #step} once per update of it. Keep
 * everything the rule remembers in {@code state}, under the names the exercise sheet gives (optlab
 * compares them after every step), so that one instance can serve many tensors.
 */
public interface StudentRule {

    /** Creates the rule's state for a tensor of {@code size} elements, e.g. {@code state.put("m", new float[size])}. */
    void init(int size, State state, Hyper hp);

    /** One update: changes {@code w} in place from its gradient {@code g} (same length) and advances {@code state}. */
    void step(float[] w, float[] g, State state, Hyper hp);
}
