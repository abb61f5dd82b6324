package optlab.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import optlab.spec.Implementation;
import optlab.testing.SyntheticRuns;
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

        assertEquals(spec, store.experiment().orElseThrow().spec());
        assertEquals(SyntheticRuns.provenance(), store.experiment().orElseThrow().provenance());
    }

    @Test
    void aVerdictComesBackEqualUnderItsOptimizerIdEvenWithANaNLoss() {
        var store = new ResultsStore(temp);
        ValidationVerdict stored = SyntheticRuns.verdict("momentum(momentum=0.6)", 3);
        ValidationVerdict diverged = new ValidationVerdict(SyntheticRuns.verdict("sgd(lr=10)", 1).inputs(), Double.NaN, Double.NaN, 1);
        store.save(stored);
        store.save(diverged);

        assertTrue(Files.isRegularFile(temp.resolve("validation").resolve("momentum-lr-0.01-momentum-0.6.json")));
        assertEquals(stored, store.findValidation("momentum-lr-0.01-momentum-0.6").orElseThrow());
        assertEquals(diverged, store.findValidation("sgd-lr-10").orElseThrow());
        assertTrue(store.findValidation("adam-lr-0.001-beta1-0.9-beta2-0.999-epsilon-1.0E-8").isEmpty());
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
}
