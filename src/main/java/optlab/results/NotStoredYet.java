package optlab.results;

/**
 * What a report needs is not in the store yet: runs or verdicts that workers elsewhere may still
 * be writing. Unlike a damaged file, waiting can cure it ({@code report --from DIR --wait}).
 */
public class NotStoredYet extends ResultsException {
    public NotStoredYet(String message) {
        super(message);
    }
}
