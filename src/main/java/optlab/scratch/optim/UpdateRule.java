package optlab.scratch.optim;

/**
 * One optimizer update rule, applied to each parameter tensor separately with state kept per
 * parameter. Arithmetic is float32, in the order TensorFlow's kernels use, so that a rule named
 * like a TensorFlow optimizer reproduces it to the last bit on the reference vectors.
 *
 * @param <S> the per-parameter state (moments, accumulators, step counters)
 */
public interface UpdateRule<S> {

    /** The state of one parameter of {@code size} elements before its first update. */
    S initialState(int size);

    /**
     * Updates {@code w} in place from its gradient {@code g} (same length), advancing {@code state}
     * by one step. The learning rate comes per step, so that a schedule can change it; every
     * other hyperparameter is fixed when the rule is built.
     */
    void apply(float[] w, float[] g, S state, float lr);

    /**
     * Moves {@code w} to the point where the next gradient must be taken, before the forward pass;
     * the following {@link #apply} moves it back. Only a rule with a look-ahead gradient (textbook
     * Nesterov) overrides this; for every other rule the gradient is taken at {@code w} itself.
     */
    default void lookAhead(float[] w, S state) {
    }

    /** Whether {@link #lookAhead} moves anything; lets the optimizer skip copying the weights for every other rule. */
    default boolean looksAhead() {
        return false;
    }
}
