package optlab.spec;

/** A value in an experiment or run specification is invalid; the message names it. */
public class SpecException extends IllegalArgumentException {
    public SpecException(String message) {
        super(message);
    }
}
