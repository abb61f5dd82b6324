package optlab.lab;

/** The submission could not be run: it does not compile, it threw, it timed out, it broke the protocol. */
public final class SubmissionException extends RuntimeException {

    public SubmissionException(String message) {
        super(message);
    }

    public SubmissionException(String message, Throwable cause) {
        super(message, cause);
    }
}
