package optlab.data;

/**
 * The preprocessed data a run trains and evaluates on.
 *
 * @param validation rows held out from the training set, or {@code null} when none were asked for
 */
public record DataSplits(Dataset train, Dataset validation, Dataset test) {

    public DataSplits {
        if (train == null || test == null) {
            throw new DataException("data splits need a training and a test set");
        }
    }

    /** The same splits with the test set as the validation data, as the course's CNN notebook passes {@code validation_data=(x_test, y_test)}. */
    public DataSplits validatedOnTest() {
        return new DataSplits(train, test, test);
    }

    public boolean hasValidation() {
        return validation != null;
    }
}
