package optlab.scratch.optim;

/**
 * The float64 form of an update rule, for float64 lockstep validation only ({@code optlab validate
 * --precision float64}); training and the report use the float32 {@link UpdateRule}.
 *
 * <p>A TensorFlow-named rule implements both interfaces in one class: its float64 {@code apply}
 * sits right below the float32 one and repeats it line for line in double ({@code 1f} becomes
 * {@code 1d}, {@code (float) Math.sqrt} becomes {@code Math.sqrt}), so a reader sees one formula.
 * Each precision has its own state class, because float arrays would round the state back to
 * float32 at every step. The hyperparameters stay the rule's float fields, widened to double where
 * they meet a double, as TensorFlow casts its float hyperparameters to a float64 variable's type;
 * beta^t counters are doubles multiplied by the widened beta, as TensorFlow's float64 counters are.
 *
 * @param <S> the per-parameter state in double (moments, accumulators, step counters)
 */
public interface Float64UpdateRule<S> {

    /** The state of one parameter of {@code size} elements before its first update. */
    S initialFloat64State(int size);

    /** {@link UpdateRule#apply} in double: updates {@code w} in place from {@code g}, advancing {@code state}. */
    void apply(double[] w, double[] g, S state, double lr);
}
