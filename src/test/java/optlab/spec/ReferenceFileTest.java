package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference files: the published curves an experiment names, read on load, each mapped to one of its optimizers. */
class ReferenceFileTest {

    private static final String HEADER = "# a comment\noptimizer,settings,epoch,train_accuracy,train_loss\n";

    @TempDir
    Path temp;

    private ExperimentSpec parse(String csv, String reference) throws IOException {
        Files.writeString(temp.resolve("ref.csv"), csv);
        return ExperimentFile.parse("optimizers: [keras-sgd, keras-adam]\ntraining: {epochs: 2}\n" + reference, "x.yaml", "x", temp);
    }

    private void assertFails(String csv, String reference, String... fragments) {
        var e = assertThrows(SpecException.class, () -> parse(csv, reference));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' not in: " + e.getMessage());
        }
    }

    @Test
    void theKerasBaselineCarriesTheNotebooksThreeCurves() {
        ExperimentSpec spec = ExperimentFile.resolve("keras-baseline", Path.of("experiments"));

        Reference reference = spec.reference();
        assertEquals("reference/keras-notebook-000.csv", reference.file());
        assertEquals(List.of("sgd", "momentum", "adam"), reference.curves().stream().map(Reference.Curve::name).toList());
        Reference.Curve adam = reference.of(OptimizerCatalog.parse("keras-adam")).orElseThrow();
        assertEquals(15, adam.epochs().size());
        assertEquals(new Reference.Point(15, 0.9847, 0.0496), adam.at(15).orElseThrow());
        assertEquals(OptimizerCatalog.parse("keras-sgd(momentum=0.6)"), reference.curves().get(1).optimizer());
        assertEquals(StudyMetric.TRAIN_ACCURACY, spec.metric());
    }

    @Test
    void quotedSettingsMayHoldCommasAndUnmappedCurvesAreLeftOut() throws IOException {
        ExperimentSpec spec = parse(HEADER + "a,\"lr 0.01, \"\"plain\"\"\",1,0.5,1.2\na,\"x\",2,0.6,1.0\nb,y,1,0.7,0.9\n",
                "reference: {file: ref.csv, optimizers: {a: keras-adam}}");

        assertEquals(1, spec.reference().curves().size());
        assertEquals("lr 0.01, \"plain\"", spec.reference().curves().get(0).settings());
        assertEquals(List.of(new Reference.Point(1, 0.5, 1.2), new Reference.Point(2, 0.6, 1.0)), spec.reference().curves().get(0).epochs());
    }

    @Test
    void badFilesAndMappingsAreNamed() {
        String good = HEADER + "a,s,1,0.5,1.2\n";
        assertFails(good, "reference: {file: missing.csv, optimizers: {a: keras-adam}}", "x.yaml: reference.file", "'missing.csv' does not exist");
        assertFails(good, "reference: {file: ref.csv, optimizers: {c: keras-adam}}", "reference.optimizers.c", "names no optimizer of ref.csv (it has a)");
        assertFails(good, "reference: {file: ref.csv, optimizers: {a: adam}}", "reference.optimizers.a", "'adam' is not one of the experiment's optimizers");
        assertFails(good, "reference: {file: ref.csv, optimizers: {a: keras-adam}, curves: 1}", "reference.curves");
        assertFails(good, "reference: {file: ref.csv}", "reference.optimizers is missing", "(a)");
        assertFails(HEADER + "a,s,1,1.5,1.2\n", "reference: {file: ref.csv, optimizers: {a: keras-adam}}", "ref.csv row 2: train_accuracy",
                "'1.5'");
        assertFails(HEADER + "a,s,2,0.5,1.2\n", "reference: {file: ref.csv, optimizers: {a: keras-adam}}", "ref.csv row 2", "expected 1, got 2");
        assertFails("optimizer,epoch\na,1\n", "reference: {file: ref.csv, optimizers: {a: keras-adam}}", "ref.csv row 1: the header must be");
        assertFails(HEADER + "a,\"s,1,0.5,1.2\n", "reference: {file: ref.csv, optimizers: {a: keras-adam}}", "reference file ref.csv cannot be read");
    }
}
