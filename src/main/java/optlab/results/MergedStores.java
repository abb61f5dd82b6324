package optlab.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Several stores read as one, as {@code report --from A --from B} draws them: shards that wrote
 * into separate folders, or a store copied back from a cluster beside a local one. A run or verdict
 * comes from the first store that holds it (they are keyed by their inputs, so any copy is the same
 * result); an experiment's manifest likewise.
 */
public final class MergedStores implements StoredResults {

    private final List<ResultsStore> stores;

    public MergedStores(List<ResultsStore> stores) {
        if (stores.isEmpty()) {
            throw new IllegalArgumentException("no stores to merge");
        }
        this.stores = List.copyOf(stores);
    }

    @Override
    public Optional<RunResult> find(String runId) {
        return first(s -> s.find(runId));
    }

    @Override
    public <T> Optional<T> findLandscape(String key, Class<T> type) {
        return first(s -> s.findLandscape(key, type));
    }

    @Override
    public Optional<ValidationVerdict> findValidation(ValidationVerdict.Inputs inputs) {
        return first(s -> s.findValidation(inputs));
    }

    @Override
    public List<ResultsStore.ExperimentRecord> experiments() {
        var records = new ArrayList<ResultsStore.ExperimentRecord>();
        var names = new ArrayList<FolderName>();
        for (ResultsStore store : stores) {
            for (ResultsStore.ExperimentRecord record : store.experiments()) {
                FolderName name = FolderName.of(record.spec().name());
                if (!names.contains(name)) {
                    names.add(name);
                    records.add(record);
                }
            }
        }
        return records;
    }

    @Override
    public boolean hasEntry(String runId) {
        return stores.stream().anyMatch(s -> s.hasEntry(runId));
    }

    @Override
    public String whyMissing(String runId) {
        return first(s -> s.hasEntry(runId) ? Optional.of(s.whyMissing(runId)) : Optional.<String>empty())
                .orElse(where() + " hold no stored result for run " + runId);
    }

    @Override
    public String where() {
        return stores.stream().map(s -> s.folder().toString()).collect(Collectors.joining(", "));
    }

    private <T> Optional<T> first(Function<ResultsStore, Optional<T>> lookup) {
        for (ResultsStore store : stores) {
            Optional<T> found = lookup.apply(store);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
