package optlab.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import optlab.spec.EarlyStopping;
import optlab.spec.Implementation;
import optlab.spec.RunSpec;
import optlab.testing.SyntheticRuns;
import optlab.train.History;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results survive a round trip through disk exactly, files appear whole, and a damaged file is named. */
class ResultsStoreTest {

    @TempDir
    Path temp;

    @Test
    void aSavedRunComesBackEqualUnderItsId() {
        var store = new ResultsStore(temp);
        RunResult run = SyntheticRuns.completed(SyntheticRuns.run("adam(lr=0.002)", Implementation.TENSORFLOW),
                new double[] {0.9, 0.5, 0.3}, new double[] {0.5, 0.7, 0.8});

        store.save(run);
        RunResult back = store.find(run.id()).orElseThrow();

        assertEquals(run.spec(), back.spec());
        assertEquals(run.history(), back.history());
        assertEquals(run.evaluation().macroAuc(), back.evaluation().macroAuc());
        assertArrayEquals(run.evaluation().confusion().counts(), back.evaluation().confusion().counts());
        assertTrue(Files.isRegularFile(temp.resolve("runs").resolve(run.id()).resolve("result.json")));
        assertTrue(store.find("no-such-run").isEmpty());
    }

    @Test
    void aTrajectoryIsStoredBesideItsResultAndReadBackBitForBit() throws IOException {
        var store = new ResultsStore(temp);
        RunResult plain = SyntheticRuns.completed(SyntheticRuns.run("sgd(lr=0.1)", Implementation.SCRATCH), new double[] {0.9}, new double[] {0.5});
        RunSpec s = plain.spec();
        RunSpec recording = new RunSpec(s.experiment(), s.dataset(), s.model(), s.optimizer(), s.implementation(), s.seed(), s.epochs(),
                s.batchSize(), s.logEvery(), s.preprocessing(), s.validationFraction(), s.threads(), s.earlyStopping(), false, s.device(), 0,
                null, 5);
        var trajectory = new optlab.train.Trajectory(List.of(0L, 5L, 7L),
                List.of(new float[] {0, -0f, 1e-38f}, new float[] {Float.MIN_VALUE, 2, 3}, new float[] {Float.NaN, 1, -1}));
        RunResult run = new RunResult(recording, plain.status(), plain.history(), plain.evaluation(), null, null, trajectory);

        store.save(run);
        RunResult back = store.find(run.id()).orElseThrow();

        assertEquals(trajectory.steps(), back.trajectory().steps());
        for (int i = 0; i < trajectory.size(); i++) {
            assertArrayEquals(trajectory.points().get(i), back.trajectory().points().get(i), "bit for bit, NaN and -0 included");
        }
        assertFalse(Files.readString(store.resultFile(run.id())).contains("trajectory\""), "the result file holds no weights");
        Path file = temp.resolve("runs").resolve(run.id()).resolve("trajectory.bin");
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 30));
        var e = assertThrows(ResultsException.class, () -> store.find(run.id()));
        assertTrue(e.getMessage().contains("trajectory.bin") && e.getMessage().contains("ends early"), e.getMessage());
        Files.delete(file);
        e = assertThrows(ResultsException.class, () -> store.find(run.id()));
        assertTrue(e.getMessage().contains("trajectory.bin is missing"), e.getMessage());
    }

    @Test
    void aRunStoredBeforeTheLossAndL2ExistedReadsAsCrossEntropyWithoutDecay() throws IOException {
        var store = new ResultsStore(temp);
        RunResult run = SyntheticRuns.completed(SyntheticRuns.run("sgd", Implementation.SCRATCH), new double[] {0.9}, new double[] {0.5});
        store.save(run);
        Path file = temp.resolve("runs").resolve(run.id()).resolve("result.json");
        String json = Files.readString(file);
        String old = json.replaceAll(",\\s*\"loss\"\\s*:\\s*\"cross_entropy\"", "").replaceAll(",\\s*\"l2\"\\s*:\\s*0\\.0", "");
        assertFalse(old.contains("cross_entropy") || old.contains("\"l2\""), old);
        Files.writeString(file, old);

        assertEquals(run.spec(), store.find(run.id()).orElseThrow().spec());
    }

    @Test
    void enumsAreWrittenInLowerCaseAndReadInAnyCase() throws IOException {
        var store = new ResultsStore(temp);
        RunResult run = SyntheticRuns.completed(SyntheticRuns.run("sgd", Implementation.SCRATCH), new double[] {0.9}, new double[] {0.5});
        store.save(run);
        Path file = temp.resolve("runs").resolve(run.id()).resolve("result.json");
        String json = Files.readString(file);
        assertTrue(json.contains("\"implementation\" : \"scratch\"") && json.contains("\"status\" : \"completed\""), json);
        // A store written before: its enums in upper case.
        Files.writeString(file, json.replace("\"scratch\"", "\"SCRATCH\"").replace("\"completed\"", "\"COMPLETED\"")
                .replace("\"relu\"", "\"RELU\""));
        RunResult old = store.find(run.id()).orElseThrow();
        assertEquals(run.spec(), old.spec());
        assertEquals(run.id(), old.spec().id(), "the run id does not depend on how the file spells its enums");
    }

    @Test
    void aDivergedRunKeepsWhereItDiverged() {
        var store = new ResultsStore(temp);
        RunResult run = SyntheticRuns.diverged(SyntheticRuns.run("sgd(lr=100)", Implementation.SCRATCH));

        store.save(run);
        RunResult back = store.all().get(0);

        assertEquals(RunStatus.DIVERGED, back.status());
        assertEquals(new Divergence(2, 5, "NaN"), back.divergence());
        assertEquals(1, back.history().epochs().size());
    }

    @Test
    void experimentRecordRoundTrips() {
        var store = new ResultsStore(temp);
        var spec = SyntheticRuns.experiment("sgd,momentum(momentum=0.6)");

        store.saveExperiment(spec, SyntheticRuns.provenance());

        assertEquals(spec, store.experiment(spec.name()).orElseThrow().spec());
        assertEquals(SyntheticRuns.provenance(), store.experiment(spec.name()).orElseThrow().provenance());
        assertTrue(Files.isRegularFile(temp.resolve("experiments").resolve(spec.name() + ".json")), "one manifest per experiment");
    }

    @Test
    void experimentsSharingAFolderKeepTheirOwnManifests() {
        var store = new ResultsStore(temp);
        var keras = optlab.spec.ExperimentFile.resolve("keras-baseline", Path.of("experiments"));
        var decay = optlab.spec.ExperimentFile.resolve("weight-decay", Path.of("experiments"));

        store.saveExperiment(keras, SyntheticRuns.provenance());
        store.saveExperiment(decay, SyntheticRuns.provenance());

        assertEquals(List.of(keras, decay), store.experiments().stream().map(ResultsStore.ExperimentRecord::spec).toList());
        assertEquals(keras, store.experiment("keras-baseline").orElseThrow().spec(), "the first is not hidden by the second");
        assertEquals(Optional.empty(), store.experiment("losses"));
    }

    @Test
    void aStoreWrittenBeforeManifestsIsReadFromItsExperimentJsonUntilAManifestReplacesIt() throws IOException {
        var store = new ResultsStore(temp);
        var old = SyntheticRuns.experiment("sgd");
        store.saveExperiment(old, SyntheticRuns.provenance());
        Path manifest = temp.resolve("experiments").resolve(old.name() + ".json");
        Files.move(manifest, temp.resolve("experiment.json"));
        Files.delete(temp.resolve("experiments"));

        assertEquals(List.of(old), store.experiments().stream().map(ResultsStore.ExperimentRecord::spec).toList());

        var rerun = SyntheticRuns.experiment("sgd,momentum(momentum=0.6)");
        store.saveExperiment(rerun, SyntheticRuns.provenance());
        assertEquals(List.of(rerun), store.experiments().stream().map(ResultsStore.ExperimentRecord::spec).toList(),
                "a manifest of the same name replaces the legacy file");
    }

    @Test
    void anExperimentsPublishedCurvesAndTheNotebooksFormsRoundTrip() {
        var store = new ResultsStore(temp);
        var keras = optlab.spec.ExperimentFile.resolve("keras-baseline", Path.of("experiments"));
        var decay = optlab.spec.ExperimentFile.resolve("weight-decay", Path.of("experiments"));

        store.saveExperiment(keras, SyntheticRuns.provenance());
        assertEquals(keras, store.experiment(keras.name()).orElseThrow().spec(), "report --from draws the published curves too");
        store.saveExperiment(decay, SyntheticRuns.provenance());
        assertEquals(decay, store.experiment(decay.name()).orElseThrow().spec());
    }

    @Test
    void aVerdictComesBackEqualUnderItsInputsIdEvenWithANaNLoss() {
        var store = new ResultsStore(temp);
        ValidationVerdict stored = SyntheticRuns.verdict("momentum(momentum=0.6)", 3);
        ValidationVerdict diverged = new ValidationVerdict(SyntheticRuns.verdict("sgd(lr=10)", 1).inputs(), Double.NaN, Double.NaN, 1);
        store.save(stored);
        store.save(diverged);

        assertTrue(stored.inputs().id().matches("momentum-lr-0.01-momentum-0.6-[0-9a-f]{10}"), stored.inputs().id());
        assertTrue(Files.isRegularFile(temp.resolve("validation").resolve(stored.inputs().id() + ".json")));
        assertEquals(stored, store.findValidation(stored.inputs()).orElseThrow());
        assertEquals(diverged, store.findValidation(diverged.inputs()).orElseThrow());
        assertTrue(store.findValidation(SyntheticRuns.verdict("adam", -1).inputs()).isEmpty());
    }

    @Test
    void writesLeaveNoTemporaryFilesAndOrdinaryPermissions() throws IOException {
        var store = new ResultsStore(temp);
        RunResult run = SyntheticRuns.completed(SyntheticRuns.run("sgd", Implementation.SCRATCH), new double[] {1}, new double[] {0.5});
        store.save(run);
        store.save(run);

        try (Stream<Path> files = Files.walk(temp)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertEquals(List.of("result.json"), names);
        }
        var permissions = Files.getPosixFilePermissions(temp.resolve("runs").resolve(run.id()).resolve("result.json"));
        assertTrue(permissions.contains(PosixFilePermission.OTHERS_READ), permissions.toString());
    }

    @Test
    void earlyStoppingAndWhereItStoppedRoundTrip() {
        var store = new ResultsStore(temp);
        RunSpec plain = SyntheticRuns.run("sgd", Implementation.SCRATCH);
        var spec = new RunSpec(plain.experiment(), plain.dataset(), plain.model(), plain.optimizer(), plain.implementation(),
                plain.seed(), plain.epochs(), plain.batchSize(), plain.logEvery(), plain.preprocessing(), 0.1, plain.threads(),
                new EarlyStopping(EarlyStopping.VAL_ACCURACY, 2, 0.001, true));
        RunResult completed = SyntheticRuns.completed(spec, new double[] {1, 0.5, 0.4}, new double[] {0.5, 0.7, 0.6});
        History history = completed.history();
        RunResult run = new RunResult(spec, RunStatus.COMPLETED,
                new History(history.epochs(), history.iterations(), 3, 2), completed.evaluation(), null);

        store.save(run);
        RunResult back = store.find(run.id()).orElseThrow();

        assertEquals(spec, back.spec());
        assertEquals(run.history(), back.history());
    }

    @Test
    void howManyRunsTrainedAtOnceIsStoredOnlyWhenItWasMoreThanOne() throws IOException {
        var store = new ResultsStore(temp);
        RunResult alone = SyntheticRuns.completed(SyntheticRuns.run("sgd", Implementation.SCRATCH), new double[] {1}, new double[] {0.5});
        RunResult beside = SyntheticRuns.completed(SyntheticRuns.run("adam", Implementation.SCRATCH), new double[] {1}, new double[] {0.5})
                .trainedWith(3);
        store.save(alone);
        store.save(beside);

        assertFalse(Files.readString(store.resultFile(alone.id())).contains("runsAtOnce"), "a run alone is stored as before");
        RunResult aloneBack = store.find(alone.id()).orElseThrow();
        assertEquals(alone.history(), aloneBack.history());
        assertEquals(null, aloneBack.runsAtOnce());
        assertEquals(1, aloneBack.concurrency());
        RunResult besideBack = store.find(beside.id()).orElseThrow();
        assertEquals(beside.history(), besideBack.history());
        assertEquals(3, besideBack.concurrency());
        assertTrue(Files.readString(store.resultFile(beside.id())).contains("\"runsAtOnce\" : 3"));
        assertEquals(alone.id(), alone.trainedWith(3).id(), "the run id does not depend on it");
        assertTrue(alone == alone.trainedWith(1), "alone stays as it is");
    }

    @Test
    void resultsStoredBeforeEarlyStoppingStillRead() throws IOException {
        var store = new ResultsStore(temp);
        RunResult run = SyntheticRuns.completed(SyntheticRuns.run("sgd", Implementation.SCRATCH), new double[] {1, 0.5}, new double[] {0.5, 0.7});
        store.save(run);
        Path file = temp.resolve("runs").resolve(run.id()).resolve("result.json");
        var json = new ObjectMapper();
        ObjectNode old = (ObjectNode) json.readTree(file.toFile());
        ((ObjectNode) old.get("spec")).remove("earlyStopping");
        ((ObjectNode) old.get("history")).remove(List.of("stoppedEpoch", "bestEpoch"));
        json.writeValue(file.toFile(), old);

        RunResult back = store.find(run.id()).orElseThrow();

        assertEquals(run.spec(), back.spec());
        assertEquals(run.history(), back.history());
        assertEquals(0, back.history().stoppedEpoch());
    }

    @Test
    void aDamagedResultIsNamedInOneLine() throws IOException {
        var store = new ResultsStore(temp);
        RunResult run = SyntheticRuns.completed(SyntheticRuns.run("sgd", Implementation.SCRATCH), new double[] {1}, new double[] {0.5});
        store.save(run);
        Path file = temp.resolve("runs").resolve(run.id()).resolve("result.json");
        Files.writeString(file, Files.readString(file).substring(0, 100));

        var e = assertThrows(ResultsException.class, () -> store.find(run.id()));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"null", "{}", "", "  \n"})
    void anEmptyResultCountsAsMissing(String content) throws IOException {
        var store = new ResultsStore(temp);
        RunResult run = SyntheticRuns.completed(SyntheticRuns.run("sgd", Implementation.SCRATCH), new double[] {1}, new double[] {0.5});
        store.save(run);
        Files.writeString(store.resultFile(run.id()), content);

        assertTrue(store.find(run.id()).isEmpty());
        assertEquals(List.of(), store.all());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"null", "{}"})
    void anEmptyExperimentIsNamed(String content) throws IOException {
        var store = new ResultsStore(temp);
        Path manifest = temp.resolve("experiments").resolve("optimizers.json");
        for (Path file : List.of(temp.resolve("experiment.json"), manifest)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);

            var e = assertThrows(ResultsException.class, store::experiments);

            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    @Test
    void aResultWithoutItsSpecIsNamed() throws IOException {
        var store = new ResultsStore(temp);
        Path file = store.resultFile("sgd-x");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"spec\": null, \"status\": \"COMPLETED\"}");

        var e = assertThrows(ResultsException.class, () -> store.find("sgd-x"));

        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("incomplete"), e.getMessage());
    }
}
