package optlab.results;

import java.util.List;
import java.util.Optional;

/** What a report drawn from stored results reads: one store, or several merged ({@link MergedStores}). */
public interface StoredResults {

    /** The stored result of a run; empty when there is none or its entry holds nothing. */
    Optional<RunResult> find(String runId);

    /** The stored verdict of a validation with exactly these inputs, if there is one. */
    Optional<ValidationVerdict> findValidation(ValidationVerdict.Inputs inputs);

    /** A stored landscape view (a slice or an interpolation) by its key, if there is one. */
    <T> Optional<T> findLandscape(String key, Class<T> type);

    /** Every stored experiment, one per name. */
    List<ResultsStore.ExperimentRecord> experiments();

    /** The stored experiment of this name (compared as folder names). */
    default Optional<ResultsStore.ExperimentRecord> experiment(String name) {
        FolderName key = FolderName.of(name);
        return experiments().stream().filter(r -> FolderName.of(r.spec().name()).equals(key)).findFirst();
    }

    /** Whether the store has a file for the run, readable or not. */
    boolean hasEntry(String runId);

    /** Why a run is not there, for an error: its entry is empty, or no folder holds it. */
    String whyMissing(String runId);

    /** The folder or folders, as messages name them. */
    String where();
}
