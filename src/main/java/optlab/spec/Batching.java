package optlab.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How one optimizer of an experiment is fed, where it differs from the experiment: its batch size
 * ({@link RunSpec#FULL_BATCH} for the whole split) and its sampling; null keeps the experiment's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Batching(Integer batchSize, Sampling sampling) {

    public Batching {
        if (batchSize != null && batchSize < 0) {
            throw new SpecException("batch size must be positive (or 'full'), got " + batchSize);
        }
    }
}
