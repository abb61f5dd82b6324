package optlab.results;

/** A stored result cannot be read; the message names the file. */
public class ResultsException extends IllegalArgumentException {
    public ResultsException(String message) {
        super(message);
    }
}
