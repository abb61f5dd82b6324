package optlab.cli;

import static optlab.cli.CliOutcome.runWithConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import optlab.spec.ExperimentFile;
import optlab.spec.ExperimentSpec;
import optlab.testing.RealMnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** An experiment changed by options is a different question: it gets its own folder and never replaces the preset's page. */
class FolderPerQuestionTest {

    @TempDir
    Path temp;

    private static ExperimentSpec overridden(ExperimentSpec base, String... options) {
        var parsed = new ExperimentOptions();
        new CommandLine(parsed).parseArgs(options);
        return parsed.applyTo(base);
    }

    @Test
    void noOptionsLeaveEveryPresetAsItIs() {
        Path presets = Path.of("experiments");
        for (String name : ExperimentFile.names(presets)) {
            ExperimentSpec base = ExperimentFile.resolve(name, presets);
            assertEquals(base, overridden(base), name);
            assertEquals(Home.path().resolve("reports").resolve(name), ExperimentJob.defaultOut(base, overridden(base)));
        }
    }

    @Test
    void eachChangedQuestionHasAFolderOfItsOwn() {
        ExperimentSpec base = ExperimentFile.resolve("optimizers", Path.of("experiments"));
        Path adam = ExperimentJob.defaultOut(base, overridden(base, "--optimizers", "adam"));
        Path tf = ExperimentJob.defaultOut(base, overridden(base, "--implementations", "tensorflow"));
        assertTrue(adam.getFileName().toString().matches("optimizers-[0-9a-f]{10}"), adam.toString());
        assertNotEquals(adam, tf);
        assertEquals(adam, ExperimentJob.defaultOut(base, overridden(base, "--optimizers", "adam")), "the same question, the same folder");
        assertEquals(adam.getParent(), Home.path().resolve("reports"));
    }

    @Test
    void anOptionThatSetsWhatTheStudyVariesIsRefusedRatherThanMislabelled() {
        ExperimentSpec base = ExperimentFile.resolve("weight-decay", Path.of("experiments"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(optlab.spec.SpecException.class, () -> overridden(base, "--l2", "0.1"));
        assertEquals("a model option sets what experiment 'weight-decay' varies (l2=0.5, l2=0.1, l2=0.01, l2=0.001, l2=0); "
                + "to run one of them, copy its YAML file and change its vary: section", e.getMessage());
        assertEquals(5, overridden(base, "--activation", "tanh").variants().size(), "an option the study does not vary is fine");
    }

    @Test
    void theConsoleSaysWhichFolderWasWritten() throws Exception {
        RealMnist.load();
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.createDirectories(home.resolve("experiments"));
        Files.writeString(home.resolve("experiments/tiny.yaml"), "model: {layers: [784, 2, 10]}\n"
                + "training: {epochs: 1, batch_size: 6000, log_every: 1000}\noptimizers: [sgd]\nimplementations: [scratch]\n");
        String before = System.getProperty("optlab.home");
        System.setProperty("optlab.home", home.toString());
        try {
            CliOutcome plain = runWithConsole("train", "tiny", "--data-dir", RealMnist.FOLDER.toString());
            assertEquals(0, plain.exit(), plain.err());
            assertTrue(plain.out().contains("results: " + home.resolve("reports/tiny")), plain.out());
            CliOutcome changed = runWithConsole("train", "tiny", "--seed", "7", "--data-dir", RealMnist.FOLDER.toString());
            assertEquals(0, changed.exit(), changed.err());
            assertTrue(changed.out().startsWith("options change tiny, so it gets its own folder: " + home.resolve("reports/tiny-")), changed.out());
            assertTrue(changed.out().contains("(" + home.resolve("reports/tiny") + " stays as it was)"), changed.out());
            try (var folders = Files.list(home.resolve("reports"))) {
                assertEquals(2, folders.count());
            }
        } finally {
            if (before == null) {
                System.clearProperty("optlab.home");
            } else {
                System.setProperty("optlab.home", before);
            }
        }
    }
}
