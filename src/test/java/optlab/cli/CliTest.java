package optlab.cli;

import static optlab.cli.CliOutcome.run;
import static optlab.cli.CliOutcome.runWithConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import optlab.data.MnistFiles;
import optlab.testing.RealMnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: bad input ends in one line and exit code 2; a report run end to end. */
class CliTest {

    @TempDir
    Path temp;

    private static void assertOneLineError(CliOutcome o, String... fragments) {
        assertEquals(Main.BAD_INPUT, o.exit(), o.err());
        String first = o.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("optlab: "), o.err());
        for (String fragment : fragments) {
            assertTrue(first.contains(fragment), "'" + fragment + "' not in: " + first);
        }
    }

    @Test
    void validateChecksAnExperimentsLayerStack() throws Exception {
        Path yaml = temp.resolve("tiny-cnn.yaml");
        java.nio.file.Files.writeString(yaml, """
                optimizers: [sgd, adam]
                model:
                  input: [28, 28, 1]
                  layers:
                    - conv2d: {filters: 2, kernel: 5, stride: 3, activation: relu}
                    - maxpool2d: {pool: 2}
                    - dropout: {rate: 0.5}
                    - flatten
                    - dense: {units: 10}
                training: {batch_size: 8}
                """);
        CliOutcome o = run("validate", yaml.toString(), "--steps", "5", "--precision", "float64", "--out", temp.resolve("v").toString());

        assertEquals(0, o.exit(), o.err());
        String page = java.nio.file.Files.readString(temp.resolve("v").resolve("index.html"));
        assertTrue(page.contains("28x28x1: conv 2x5x5 stride 3 relu, maxpool 2, dropout 0.5, flatten, dense 10, batch 8"), page);
        assertTrue(java.nio.file.Files.readString(temp.resolve("v").resolve("validate.csv")).contains("adam(lr=0.001"));
        assertOneLineError(run("validate", yaml.toString(), "--hidden", "32"), "--hidden and --activation describe the default network");
    }

    @Test
    void aBadLayerStackIsNamedOnLoad() throws Exception {
        Path yaml = temp.resolve("bad.yaml");
        java.nio.file.Files.writeString(yaml, "optimizers: [sgd]\nmodel:\n  input: [28, 28, 1]\n  layers:\n    - conv2d: {filters: 4, kernel: 3}\n    - dense: {units: 10}\n");
        assertOneLineError(run("train", yaml.toString(), "--out", temp.toString()), "model.layers[1] (dense 10)", "needs a flat input, got 26x26x4");
        assertOneLineError(run("train", "cnn", "--hidden", "32", "--out", temp.toString()), "--hidden and --activation apply to fully connected models");
    }

    @Test
    void unknownOptimizerIsNamed() {
        assertOneLineError(run("report", "--optimizers", "sgd,adamw", "--out", temp.toString()), "unknown optimizer 'adamw'", "sgd, momentum, nesterov, adagrad");
    }

    @Test
    void negativeLearningRateIsNamed() {
        assertOneLineError(run("train", "--optimizers", "sgd(lr=-0.1)", "--out", temp.toString()), "learning rate", "'sgd'", "-0.1");
    }

    @Test
    void unknownHyperparameterIsNamed() {
        assertOneLineError(run("train", "--optimizers", "adam(momentum=0.9)"), "adam", "'momentum'");
    }

    @Test
    void impossibleSettingsAreNamed() {
        assertOneLineError(run("train", "--epochs", "0"), "epochs must be positive, got 0");
        assertOneLineError(run("train", "--implementations", "pytorch"), "unknown implementation 'pytorch'");
        assertOneLineError(run("train", "--activation", "swish"), "unknown activation 'swish'");
        assertOneLineError(run("train", "--epochs", "many"), "many");
    }

    @Test
    void badLossOrDecayIsNamed() {
        assertOneLineError(run("train", "--loss", "hinge"), "unknown loss 'hinge'", "cross_entropy, mse or mse_sum");
        assertOneLineError(run("train", "--l2", "-0.1"), "model.l2", "-0.1");
        assertOneLineError(run("report", "--l2", "NaN"), "model.l2", "NaN");
        assertOneLineError(run("validate", "--loss", "mae"), "unknown loss 'mae'");
        assertOneLineError(run("validate", "--l2", "-1"), "model.l2", "-1.0");
        assertOneLineError(run("train", "--l2", "0.1", "--l2-form", "biases"), "unknown l2_form 'biases'", "kernels or gradient");
    }

    @Test
    void missingDataFolderIsNamed() {
        Path missing = temp.resolve("no-such-folder");
        assertOneLineError(run("train", "--data-dir", missing.toString(), "--epochs", "1"), "data folder", missing.toString(), "does not exist");
    }

    @Test
    void corruptIdxFileIsNamed() throws IOException {
        RealMnist.load();
        Path folder = temp.resolve("corrupt");
        Files.createDirectories(folder);
        for (String name : MnistFiles.NAMES) {
            Files.copy(RealMnist.FOLDER.resolve(name), folder.resolve(name));
        }
        byte[] labels = Files.readAllBytes(folder.resolve(MnistFiles.TEST_LABELS));
        Files.write(folder.resolve(MnistFiles.TEST_LABELS), java.util.Arrays.copyOf(labels, labels.length - 100));
        assertOneLineError(run("data", "verify", "--data-dir", folder.toString()), MnistFiles.TEST_LABELS);
        assertOneLineError(run("train", "--data-dir", folder.toString(), "--epochs", "1"), MnistFiles.TEST_LABELS);
    }

    @Test
    void validateWritesItsPageAndPassesOnTheCatalogRules() throws IOException {
        RealMnist.load();
        Path out = temp.resolve("validate");

        CliOutcome o = run("validate", "--optimizers", "sgd,adam", "--steps", "20", "--hidden", "16", "--out", out.toString());

        assertEquals(0, o.exit(), o.err());
        assertTrue(Files.readString(out.resolve("index.html")).contains("adam(lr=0.001"));
        assertEquals(1 + 2 * 20, Files.readAllLines(out.resolve("validate.csv")).size());
    }

    @Test
    void validateChecksTheMseAndL2Objective() throws IOException {
        RealMnist.load();
        Path out = temp.resolve("validate-mse");

        CliOutcome o = run("validate", "--optimizers", "momentum", "--steps", "20", "--hidden", "16", "--loss", "mse", "--l2", "0.01",
                "--out", out.toString());

        assertEquals(0, o.exit(), o.err());
        assertTrue(Files.readString(out.resolve("index.html")).contains("784-16-10 relu, mse, l2"), "the model names the objective");
    }

    @Test
    void validateChecksTheNotebooksSummedMseAndDecayOfEveryParameter() throws IOException {
        RealMnist.load();
        Path out = temp.resolve("validate-notebook");

        CliOutcome o = run("validate", "--optimizers", "sgd", "--steps", "20", "--hidden", "16", "--loss", "mse_sum", "--l2", "0.01",
                "--l2-form", "gradient", "--out", out.toString());

        assertEquals(0, o.exit(), o.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("784-16-10 relu, mse_sum, l2") && html.contains("0.01 (every parameter)"), "the model names the objective");
    }

    @Test
    void validateRefusesATextbookVariantAndABadTolerance() {
        assertOneLineError(run("validate", "--optimizers", "adam-textbook"), "'adam-textbook' has no TensorFlow twin");
        assertOneLineError(run("validate", "--steps", "0"), "steps must be positive, got 0");
    }

    @Test
    void validateInFloat64SaysSoOnItsPageAndInItsCsv() throws IOException {
        RealMnist.load();
        Path out = temp.resolve("validate64");

        CliOutcome o = run("validate", "--precision", "float64", "--optimizers", "adam,nadam-tfjava", "--steps", "10", "--hidden", "16",
                "--out", out.toString());

        assertEquals(0, o.exit(), o.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("10 steps, float64"), "settings line names the precision");
        assertTrue(html.contains("relative loss 1.0E-10, weights 1.0E-7 × the optimizer&#39;s learning rate") || html.contains("relative loss 1.0E-10, weights 1.0E-7 × the optimizer's learning rate"), "float64's default tolerance");
        List<String> csv = Files.readAllLines(out.resolve("validate.csv"));
        assertTrue(csv.get(0).endsWith(",precision"), csv.get(0));
        assertTrue(csv.get(1).endsWith(",float64"), csv.get(1));
    }

    @Test
    void validateRefusesAnUnknownPrecision() {
        assertOneLineError(run("validate", "--precision", "float16"), "unknown precision 'float16'", "float32 or float64");
    }

    @Test
    void everyCommandHasHelp() {
        for (List<String> command : List.of(List.of("report"), List.of("train"), List.of("validate"), List.of("data"), List.of("data", "fetch"), List.of("data", "verify"))) {
            var args = new java.util.ArrayList<>(command);
            args.add("--help");
            CliOutcome o = run(args.toArray(String[]::new));
            assertEquals(0, o.exit(), command.toString());
            assertTrue(o.out().contains("Usage: optlab " + String.join(" ", command)), o.out());
        }
    }

    @Test
    void reportRunsEndToEndAndResumesWithoutRetraining() throws IOException {
        RealMnist.load();
        Path out = temp.resolve("report");
        String[] args = {"report", "--epochs", "1", "--optimizers", "sgd", "--hidden", "16", "--out", out.toString()};

        assertEquals(0, run(args).exit());

        for (String file : List.of("index.html", "summary.csv", "history.csv", "iterations.csv", "experiments/optimizers.json")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("experiments/optimizers.json").toFile());
        assertEquals(2, manifest.get("schema").asInt(), "the manifest says its format");
        assertTrue(manifest.get("finished").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), manifest.toString());
        assertEquals(2, manifest.get("runs").size(), "and lists its runs");
        assertTrue(Files.isDirectory(out.resolve("runs").resolve(manifest.get("runs").get(0).asText())));
        String header = Files.readAllLines(out.resolve("summary.csv")).get(0);
        assertTrue(header.startsWith("optimizer,implementation,seed,epochs,train_loss,train_accuracy,test_loss,test_accuracy,macro_auc,seconds_per_epoch"), header);
        assertEquals(3, Files.readAllLines(out.resolve("summary.csv")).size(), "header + scratch + tensorflow");
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("sgd(lr=0.01)"));
        assertTrue(html.contains("<script type=\"application/json\" class=\"chart-data\">"), "the charts' numbers for the interactive layer");

        assertTrue(html.contains("<td class=\"text verdict-pass\">pass</td>"), "the lockstep verdict");

        Path stored = onlyStoredRun(out, "sgd-lr-0.01-scratch-seed42-");
        Path verdict = onlyStoredVerdict(out, "sgd-lr-0.01-");
        assertTrue(Files.exists(stored), "run stored under its id");
        assertTrue(Files.exists(verdict), "verdict stored under its inputs' id");
        FileTime before = Files.getLastModifiedTime(stored);
        FileTime verdictBefore = Files.getLastModifiedTime(verdict);
        assertEquals(0, run(args).exit());
        assertEquals(before, Files.getLastModifiedTime(stored), "a finished run is not trained again");
        assertEquals(verdictBefore, Files.getLastModifiedTime(verdict), "a stored verdict is not validated again");
    }

    @Test
    void reportFromStoredResultsRedrawsWithoutTraining() throws IOException {
        RealMnist.load();
        Path out = temp.resolve("stored");
        assertEquals(0, run("report", "--epochs", "1", "--optimizers", "sgd", "--implementations", "scratch", "--hidden", "8",
                "--out", out.toString()).exit());
        Path stored = onlyStoredRun(out, "sgd-lr-0.01-scratch-seed42-");
        FileTime trained = Files.getLastModifiedTime(stored);
        String page = Files.readString(out.resolve("index.html"));
        Files.delete(out.resolve("index.html"));

        CliOutcome redraw = runWithConsole("report", "--from", out.toString());

        assertEquals(0, redraw.exit(), redraw.err());
        assertFalse(redraw.out().contains("epoch  1/1"), "nothing is trained: " + redraw.out());
        assertEquals(trained, Files.getLastModifiedTime(stored));
        assertEquals(page, Files.readString(out.resolve("index.html")), "the same page from the store alone");

        Files.writeString(stored, "null");
        assertOneLineError(run("report", "--from", out.toString()), "results file " + stored + " is empty");
        CliOutcome resumed = run("report", "--epochs", "1", "--optimizers", "sgd", "--implementations", "scratch", "--hidden", "8",
                "--out", out.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(Files.readString(stored).contains("\"spec\""), "an empty entry is trained again on resume");
        Path manifest = out.resolve("experiments").resolve("optimizers.json");
        Files.writeString(manifest, "{}");
        assertOneLineError(run("report", "--from", out.toString()), "results file " + manifest + " holds no experiment");
    }

    @Test
    void twoExperimentsInOneFolderEachDrawTheirOwnRunsAndTheFolderSaysWhatElseItHolds() throws IOException {
        RealMnist.load();
        Path out = temp.resolve("shared");
        Path second = temp.resolve("second.yaml");
        Files.writeString(second, "name: second\noptimizers: [momentum(momentum=0.6)]\nmodel:\n  layers: [784, 8, 10]\n");
        String[] tiny = {"--epochs", "1", "--implementations", "scratch", "--out", out.toString()};
        assertEquals(0, run(concat(new String[] {"report", "--optimizers", "sgd", "--hidden", "8"}, tiny)).exit());
        CliOutcome both = runWithConsole(concat(new String[] {"report", second.toString()}, tiny));
        assertEquals(0, both.exit(), both.err());
        assertTrue(both.out().contains(out + " also holds optimizers (draw one with 'optlab report NAME --from " + out + "')"), both.out());

        assertOneLineError(run("report", "--from", out.toString()), out + " holds 2 experiments (optimizers, second): name the one to draw");
        CliOutcome first = runWithConsole("report", "optimizers", "--from", out.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("sgd(lr=0.01)") && !first.out().contains("momentum"), "only the first's runs: " + first.out());
        assertTrue(first.out().contains(out + " also holds second"), first.out());
        CliOutcome byFile = runWithConsole("report", second.toString(), "--from", out.toString());
        assertEquals(0, byFile.exit(), byFile.err());
        assertTrue(byFile.out().contains("momentum(") && !byFile.out().contains("sgd(lr=0.01)"), "only the second's runs: " + byFile.out());
        assertOneLineError(run("report", "losses", "--from", out.toString()), out + " holds no experiment 'losses'; it holds optimizers, second");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void reportFromAFolderWithoutResultsIsNamed() {
        assertOneLineError(run("report", "--from", temp.toString()), "no experiment stored in " + temp);
    }

    @Test
    void sizesBeyondTheDataOrTheHeapAreOneLine() {
        RealMnist.load();
        String data = RealMnist.FOLDER.toString();
        assertOneLineError(run("train", "--batch-size", "2500000", "--data-dir", data, "--out", temp.toString()), "batch size 2500000", "60000 training examples");
        assertOneLineError(run("train", "--batch-size", "2147483647", "--data-dir", data, "--out", temp.toString()), "batch size 2147483647");
        assertOneLineError(run("train", "--hidden", "3000000", "--data-dir", data, "--out", temp.toString()), "784 x 3000000", "more than one array can hold");
        assertOneLineError(run("train", "--validation", "0.99999", "--data-dir", data, "--out", temp.toString()), "batch size 32", "1 training examples");
        assertOneLineError(run("validate", "--batch-size", "2500000", "--data-dir", data), "batch size 2500000");
        assertFalse(Files.exists(temp.resolve("experiments")), "nothing is written before the sizes are checked");
    }

    @Test
    void anOutThatIsAFileSaysSo() throws IOException {
        RealMnist.load();
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        CliOutcome o = run("train", "--epochs", "1", "--data-dir", RealMnist.FOLDER.toString(), "--out", file.toString());
        assertOneLineError(o, "cannot write " + file.resolve("experiments"), file + " is a file, not a folder");
        assertFalse(o.err().contains("Exception"), o.err());
    }

    @Test
    void anUnexpectedErrorOrOutOfMemoryIsOneLineWithExitCode1() {
        var err = new StringWriter();
        assertEquals(1, Main.failure(new OutOfMemoryError("Java heap space"), new PrintWriter(err), false));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("optlab: out of memory (this JVM may use "), err.toString());
        var err2 = new StringWriter();
        assertEquals(1, Main.failure(new NullPointerException(), new PrintWriter(err2), false));
        assertEquals("optlab: internal error: NullPointerException (run with --verbose for details)", err2.toString().strip());
    }

    @Test
    void experimentFileWithATypoFailsOnLoad() throws IOException {
        Path file = temp.resolve("typo.yaml");
        Files.writeString(file, "optimizers: [sgd]\ntraining:\n  epcohs: 3\n");
        assertOneLineError(run("report", file.toString(), "--out", temp.resolve("out").toString()),
                file + ": unknown key 'training.epcohs' (did you mean 'epochs'?)");
    }

    /** The one stored run whose id starts with {@code prefix} (the rest is the spec's hash). */
    static Path onlyStoredRun(Path out, String prefix) throws IOException {
        return only(out.resolve("runs"), prefix).resolve("result.json");
    }

    /** The one stored verdict whose id starts with {@code prefix}. */
    static Path onlyStoredVerdict(Path out, String prefix) throws IOException {
        return only(out.resolve("validation"), prefix);
    }

    private static Path only(Path folder, String prefix) throws IOException {
        try (var entries = Files.list(folder)) {
            List<Path> matching = entries.filter(d -> d.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, matching.size(), "entries of " + folder + " starting with " + prefix + ": " + matching);
            return matching.get(0);
        }
    }
}
