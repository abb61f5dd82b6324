package optlab.data;

/**
 * A data file, folder or data set is missing, corrupt or inconsistent. The message is one line and
 * starts with the file, folder or data set it is about, e.g.
 * {@code train-images-idx3-ubyte: truncated: expected 47040016 bytes, found 1000}.
 */
public class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
