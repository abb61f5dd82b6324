package optlab.cli;

import java.util.List;
import optlab.results.FolderName;
import optlab.results.NotStoredYet;
import optlab.results.ResultsException;
import optlab.results.StoredResults;
import optlab.results.ResultsStore.ExperimentRecord;
import optlab.spec.ExperimentFile;

/**
 * Which of a store's experiments {@code report --from} draws: the one named on the command line,
 * or the folder's only one. Several experiments may share a folder, so the choice is never a guess.
 */
final class StoredExperiment {

    private StoredExperiment() {
    }

    /** The manifest of {@code asked} (a name, or a YAML file whose name it is), or the only one when asked is null. */
    static ExperimentRecord choose(StoredResults store, String asked) {
        List<ExperimentRecord> all = store.experiments();
        if (all.isEmpty()) {
            throw new NotStoredYet("no experiment stored in " + store.where() + ": --from needs a folder written by 'optlab report'");
        }
        if (asked == null) {
            if (all.size() > 1) {
                throw new ResultsException(store.where() + " holds " + all.size() + " experiments (" + names(all)
                        + "): name the one to draw, e.g. 'optlab report " + key(all.get(0)) + " --from " + store.where() + "'");
            }
            return all.get(0);
        }
        return store.experiment(nameOf(asked)).orElseThrow(() -> new NotStoredYet(
                store.where() + " holds no experiment '" + FolderName.of(asked).value() + "'; it holds " + names(all)));
    }

    /** "" when the store holds only the experiment drawn, else one line naming the others and how to draw them. */
    static String othersLine(StoredResults store, String drawn) {
        String drawnKey = FolderName.of(drawn).value();
        List<ExperimentRecord> others = store.experiments().stream().filter(r -> !key(r).equals(drawnKey)).toList();
        if (others.isEmpty()) {
            return "";
        }
        return String.format("%s also holds %s (draw one with 'optlab report NAME --from %s')%n", store.where(), names(others), store.where());
    }

    private static String nameOf(String asked) {
        return ExperimentFile.isFile(asked) ? ExperimentFile.resolve(asked, Home.path().resolve("experiments")).name() : asked;
    }

    private static String names(List<ExperimentRecord> records) {
        return String.join(", ", records.stream().map(StoredExperiment::key).toList());
    }

    private static String key(ExperimentRecord record) {
        return FolderName.of(record.spec().name()).value();
    }
}
