package optlab.cli;

import static optlab.cli.CliOutcome.run;
import static optlab.cli.CliOutcome.runWithConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import optlab.spec.ExperimentFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What a new user meets first: the usage, the version, defaults in every help, and "did you mean" for every typo. */
class HelpTest {

    @Test
    void optlabAlonePrintsTheUsage() {
        CliOutcome o = run();
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().startsWith("Usage: optlab [-hV] [--verbose] [COMMAND]"), o.out());
        for (String command : new String[] {"report", "train", "validate", "data", "lab", "sweep", "doctor"}) {
            assertTrue(o.out().contains("  " + command + " "), command + " missing from:\n" + o.out());
        }
    }

    @Test
    void theVersionComesFromTheBuild() {
        CliOutcome o = run("-V");
        assertEquals(0, o.exit());
        assertTrue(o.out().matches("optlab \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(TensorFlow Java 1\\.0\\.0, ND4J 1\\.0\\.0-M2\\.1\\)\\R"), o.out());
    }

    /** Every option that takes a value says in its help what it is when not given, or is required. */
    @Test
    void everyHelpShowsEveryDefault() {
        var missing = new ArrayList<String>();
        walk(Main.commandLine(false), missing);
        assertEquals(List.of(), missing);
    }

    private static void walk(CommandLine command, List<String> missing) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            boolean takesValue = option.arity().max() > 0;
            boolean said = option.required() || String.join(" ", option.description()).toLowerCase(java.util.Locale.ROOT).contains("default");
            if (takesValue && !said) {
                missing.add(command.getCommandSpec().qualifiedName() + " " + option.longestName());
            }
        }
        command.getSubcommands().values().forEach(c -> walk(c, missing));
    }

    @Test
    void theReportHelpListsEveryPreset() {
        String help = run("report", "--help").out().replaceAll("\\s+", " ");
        for (String preset : ExperimentFile.names(Path.of("experiments"))) {
            assertTrue(help.contains(" " + preset + ",") || help.contains(" " + preset + "."), preset + " missing from report --help");
        }
    }

    @Test
    void typosGetADidYouMean() {
        assertFirstLine("optlab: unknown command 'reprot'; did you mean 'report'? (commands: ", run("reprot"));
        assertFirstLine("optlab: unknown command 'chek'; did you mean 'check'?", run("lab", "chek"));
        assertFirstLine("optlab: unknown option '--optimzers'; did you mean '--optimizers'?", run("report", "--optimzers", "sgd"));
        assertFirstLine("optlab: unknown option '--epoch'; did you mean '--epochs'?", run("train", "--epoch=3"));
        assertFirstLine("optlab: unknown optimizer 'adma'; did you mean 'adam'? (expected sgd, momentum", runWithConsole("train", "--optimizers", "adma"));
        assertFirstLine("optlab: unknown activation 'rleu'; did you mean 'relu'? (expected relu, sigmoid, tanh, leaky_relu or linear)",
                runWithConsole("train", "--activation", "rleu"));
        assertFirstLine("optlab: unknown schedule 'cosin'; did you mean 'cosine'?", runWithConsole("train", "--schedule", "cosin"));
        assertFirstLine("optlab: unknown experiment 'deeep'; did you mean 'deep'? (expected activations, cnn, deep,", runWithConsole("report", "deeep"));
        assertFirstLine("optlab: unknown loss 'hinge' (expected cross_entropy, mse or mse_sum)", runWithConsole("train", "--loss", "hinge"));
    }

    @Test
    void aMissingParenthesisIsNamed() {
        assertFirstLine("optlab: optimizer 'sgd(lr=0.1' is missing ')'", runWithConsole("train", "--optimizers", "sgd(lr=0.1"));
        assertFirstLine("optlab: optimizer 'adam(lr=0.1' is missing ')'", runWithConsole("train", "--optimizers", "sgd,adam(lr=0.1"));
        assertFirstLine("optlab: optimizers 'sgd)': a ')' at character 4 closes no '('", runWithConsole("train", "--optimizers", "sgd)"));
    }

    private static void assertFirstLine(String start, CliOutcome o) {
        assertEquals(Main.BAD_INPUT, o.exit(), o.err());
        String first = o.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith(start), "expected '" + start + "...', got: " + first);
    }
}
