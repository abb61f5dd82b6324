package optlab.results;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import optlab.spec.ExperimentSpec;

/**
 * The results of an experiment on disk: {@code experiment.json} (spec and provenance), one
 * {@code runs/<run id>/result.json} per finished run and one {@code validation/<inputs id>.json}
 * per lockstep verdict. Every file is written to a temporary file and moved into place, so an
 * interrupted process leaves either the old file or the new one, never half of one.
 */
public final class ResultsStore {

    /** What {@code experiment.json} holds. */
    public record ExperimentRecord(ExperimentSpec spec, Provenance provenance) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path folder;

    public ResultsStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The folder that holds a run's result and its per-run CSV files. */
    public Path runFolder(String runId) {
        return folder.resolve("runs").resolve(runId);
    }

    public void save(RunResult result) {
        write(runFolder(result.id()).resolve("result.json"), result);
    }

    public void save(ValidationVerdict verdict) {
        write(validationFile(verdict.inputs().id()), verdict);
    }

    /** The stored lockstep verdict of an optimizer, if there is one that can be read. */
    /** The stored verdict of a validation with exactly these inputs, if there is one. */
    public Optional<ValidationVerdict> findValidation(ValidationVerdict.Inputs inputs) {
        Path file = validationFile(inputs.id());
        return Files.isRegularFile(file) ? Optional.of(read(file, ValidationVerdict.class)).filter(v -> v.inputs().equals(inputs)) : Optional.empty();
    }

    private Path validationFile(String id) {
        return folder.resolve("validation").resolve(id + ".json");
    }

    public void saveExperiment(ExperimentSpec spec, Provenance provenance) {
        write(folder.resolve("experiment.json"), new ExperimentRecord(spec, provenance));
    }

    /** The stored result of a run, if there is one that can be read. */
    public Optional<RunResult> find(String runId) {
        Path file = runFolder(runId).resolve("result.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file, RunResult.class));
    }

    /** Every stored run, ordered by run id. */
    public List<RunResult> all() {
        Path runs = folder.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            var results = new ArrayList<RunResult>();
            for (Path dir : dirs.sorted().toList()) {
                Path file = dir.resolve("result.json");
                if (Files.isRegularFile(file)) {
                    results.add(read(file, RunResult.class));
                }
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runs, e);
        }
    }

    public Optional<ExperimentRecord> experiment() {
        Path file = folder.resolve("experiment.json");
        return Files.isRegularFile(file) ? Optional.of(read(file, ExperimentRecord.class)) : Optional.empty();
    }

    private static <T> T read(Path file, Class<T> type) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new ResultsException("results file " + file + " cannot be read (" + firstLine(e) + "); delete it to have it computed again");
        }
    }

    private static void write(Path file, Object value) {
        AtomicFile.write(file, out -> JSON.writeValue(out, value));
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
