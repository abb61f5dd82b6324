package optlab.lab;

/**
 * A running submission (or reference) that optlab drives tensor by tensor: the Java student API in
 * process, or the line protocol to another process. Failures of the submission surface as
 * {@link SubmissionException}.
 */
public interface Session extends AutoCloseable {

    /** Starts tensor {@code id} of {@code size} elements. */
    void init(int id, int size, Hyper hp);

    /** One update of tensor {@code id}; {@code withState} asks for the state arrays too. */
    Stepped step(int id, float[] w, float[] g, boolean withState);

    /** How closely its numbers must agree with float32 ones: tighter for float32 arithmetic than for double. */
    default double tolerance() {
        return Compare.FLOAT32;
    }

    @Override
    default void close() {
    }
}
