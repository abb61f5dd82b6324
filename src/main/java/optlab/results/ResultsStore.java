package optlab.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import optlab.io.IoReason;
import optlab.spec.ExperimentSpec;

/**
 * The results of one or more experiments on disk: one manifest per experiment,
 * {@code experiments/<folder name of its name>.json} (spec and provenance), one
 * {@code runs/<run id>/result.json} per finished run and one {@code validation/<inputs id>.json}
 * per lockstep verdict. Runs and verdicts are keyed by their inputs, so experiments that share a
 * folder share the runs they have in common. A store written before manifests has one
 * {@code experiment.json} instead; it is read as that experiment's manifest. Every file is written to a temporary file and moved into place, so an
 * interrupted process leaves either the old file or the new one, never half of one. An entry that
 * holds nothing ({@code null} or {@code {}}) counts as missing: a run or verdict is computed again,
 * and {@code --from} names the file.
 */
public final class ResultsStore implements StoredResults {

    /**
     * What an experiment's manifest holds.
     *
     * @param schema the manifest format: {@link #SCHEMA} now; 0 for a manifest written before it had one
     * @param finished when a process last finished training the whole experiment (ISO-8601, UTC), null until then
     * @param runs the ids of its runs, search first, once finished; null until then
     */
    public record ExperimentRecord(int schema, ExperimentSpec spec, Provenance provenance,
            @JsonInclude(JsonInclude.Include.NON_NULL) String finished,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> runs) {

        public static final int SCHEMA = 2;

        public ExperimentRecord(ExperimentSpec spec, Provenance provenance) {
            this(SCHEMA, spec, provenance, null, null);
        }
    }

    private static final ObjectMapper JSON = LowerCaseEnums.mapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

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

    /** Where a run's result is stored. */
    public Path resultFile(String runId) {
        return runFolder(runId).resolve("result.json");
    }

    /** The trajectory first, so that a stored result always has the trajectory it asked for. */
    public void save(RunResult result) {
        if (result.trajectory() != null) {
            TrajectoryFile.write(trajectoryFile(result.id()), result.trajectory());
        }
        write(resultFile(result.id()), result);
    }

    private Path trajectoryFile(String runId) {
        return runFolder(runId).resolve("trajectory.bin");
    }

    /** The result with its trajectory read from beside it, when it asked for one. */
    private RunResult withTrajectory(RunResult result) {
        if (result.spec().trajectoryEvery() == 0) {
            return result;
        }
        Path file = trajectoryFile(result.id());
        if (!Files.isRegularFile(file)) {
            throw new ResultsException("results file " + file + " is missing; delete " + resultFile(result.id())
                    + " to have the run computed again");
        }
        return result.withTrajectory(TrajectoryFile.read(file));
    }

    public void save(ValidationVerdict verdict) {
        write(validationFile(verdict.inputs().id()), verdict);
    }

    @Override
    public Optional<ValidationVerdict> findValidation(ValidationVerdict.Inputs inputs) {
        Path file = validationFile(inputs.id());
        return read(file, ValidationVerdict.class, v -> v.inputs() != null).filter(v -> v.inputs().equals(inputs));
    }

    /** A landscape view, by a key that hashes everything it was computed from. */
    public void saveLandscape(String key, Object view) {
        write(landscapeFile(key), view);
    }

    @Override
    public <T> Optional<T> findLandscape(String key, Class<T> type) {
        return read(landscapeFile(key), type, v -> true);
    }

    private Path landscapeFile(String key) {
        return folder.resolve("landscapes").resolve(key + ".json");
    }

    private Path validationFile(String id) {
        return folder.resolve("validation").resolve(id + ".json");
    }

    /** Writes the experiment's manifest, replacing an earlier one of the same name and leaving other experiments' alone. */
    public void saveExperiment(ExperimentSpec spec, Provenance provenance) {
        write(manifestFile(spec.name()), new ExperimentRecord(spec, provenance));
    }

    /** The manifest of an experiment whose every run is stored now: when, and which runs. */
    public void finishExperiment(ExperimentSpec spec, Provenance provenance, Instant finished, List<String> runIds) {
        write(manifestFile(spec.name()), new ExperimentRecord(ExperimentRecord.SCHEMA, spec, provenance,
                finished.truncatedTo(ChronoUnit.SECONDS).toString(), List.copyOf(runIds)));
    }

    private Path manifestFile(String experimentName) {
        return folder.resolve("experiments").resolve(FolderName.of(experimentName).value() + ".json");
    }

    @Override
    public Optional<RunResult> find(String runId) {
        return read(resultFile(runId), RunResult.class, r -> r.spec() != null && r.status() != null).map(this::withTrajectory);
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
                read(dir.resolve("result.json"), RunResult.class, r -> r.spec() != null && r.status() != null).map(this::withTrajectory)
                        .ifPresent(results::add);
            }
            return results;
        } catch (IOException e) {
            throw new ResultsException("cannot list " + runs + ": " + IoReason.of(e));
        }
    }

    /**
     * Every stored experiment, ordered by its manifest's name, the legacy {@code experiment.json}
     * among them unless a manifest of the same name replaced it; an error naming the file when an
     * entry holds nothing.
     */
    @Override
    public List<ExperimentRecord> experiments() {
        var records = new ArrayList<ExperimentRecord>();
        Path manifests = folder.resolve("experiments");
        if (Files.isDirectory(manifests)) {
            try (Stream<Path> files = Files.list(manifests)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    records.add(manifest(file));
                }
            } catch (IOException e) {
                throw new ResultsException("cannot list " + manifests + ": " + IoReason.of(e));
            }
        }
        Path legacy = folder.resolve("experiment.json");
        if (Files.isRegularFile(legacy)) {
            ExperimentRecord record = manifest(legacy);
            if (records.stream().noneMatch(r -> FolderName.of(r.spec().name()).equals(FolderName.of(record.spec().name())))) {
                records.add(record);
            }
        }
        return records;
    }

    @Override
    public boolean hasEntry(String runId) {
        return Files.isRegularFile(resultFile(runId));
    }

    @Override
    public String whyMissing(String runId) {
        Path file = resultFile(runId);
        return hasEntry(runId) ? "results file " + file + " is empty (null or {})" : folder + " has no stored result for run " + runId;
    }

    @Override
    public String where() {
        return folder.toString();
    }

    private static ExperimentRecord manifest(Path file) {
        return read(file, ExperimentRecord.class, r -> r.spec() != null).orElseThrow(() -> new ResultsException(
                "results file " + file + " holds no experiment (it is null or {}); run 'optlab report' without --from to write it again"));
    }

    /**
     * The entry in {@code file}: empty when there is no file or it holds {@code null} or {@code {}};
     * an error naming the file when it cannot be parsed or lacks what {@code whole} asks for.
     */
    private static <T> Optional<T> read(Path file, Class<T> type, Predicate<T> whole) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        T value;
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            if (tree == null || tree.isMissingNode() || tree.isNull() || (tree.isObject() && tree.isEmpty())) {
                return Optional.empty();
            }
            value = JSON.treeToValue(tree, type);
        } catch (IOException e) {
            throw new ResultsException("results file " + file + " cannot be read (" + firstLine(e) + "); delete it to have it computed again");
        }
        if (value == null || !whole.test(value)) {
            throw new ResultsException("results file " + file + " is incomplete; delete it to have it computed again");
        }
        return Optional.of(value);
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
