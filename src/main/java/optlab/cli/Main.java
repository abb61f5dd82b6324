package optlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import optlab.data.DataException;
import optlab.report.OptimizerTable;
import optlab.run.Machine;
import optlab.spec.Choices;
import optlab.spec.SpecException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The optlab command line. Bad input ends with one line naming what was wrong and exit code 2. */
@Command(name = "optlab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Trains small MNIST networks by hand (ND4J) and with TensorFlow Java, and compares optimizers.",
        subcommands = {ReportCommand.class, TrainCommand.class, ValidateCommand.class, DataCommand.class, LabCommand.class,
                SweepCommand.class, DoctorCommand.class, BenchCommand.class, WorkerCommand.class})
public final class Main implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show TensorFlow's and ND4J's own log lines and full stack traces.")
    boolean verbose;

    @Spec
    CommandSpec self;

    /** {@code optlab} alone: the usage, as {@code optlab --help} prints it. */
    @Override
    public Integer call() {
        self.commandLine().usage(self.commandLine().getOut());
        return 0;
    }

    /** {@code -V}: the version the build wrote, and the two libraries the comparison rests on. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties v = Machine.versions();
            return new String[] {"optlab " + v.getProperty("optlab", "unknown") + " (TensorFlow Java " + v.getProperty("tensorflow")
                    + ", ND4J " + v.getProperty("nd4j") + ")"};
        }
    }

    public static void main(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        // Must happen before ND4J or TensorFlow log anything.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = commandLine(verbose);
        int exit;
        try {
            exit = cli.execute(args);
        } catch (OutOfMemoryError | RuntimeException e) {
            // picocli hands errors (OutOfMemoryError) on instead of to the execution handler.
            exit = failure(e, cli.getErr(), verbose);
        }
        System.exit(exit);
    }

    static CommandLine commandLine(boolean verbose) {
        var cli = new CommandLine(new Main());
        for (String command : new String[] {"report", "train"}) {
            cli.getSubcommands().get(command).getCommandSpec().usageMessage().footer("", OptimizerTable.text());
        }
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("optlab: " + (e instanceof UnmatchedArgumentException unmatched ? unmatched(unmatched) : e.getMessage()));
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command.getErr(), verbose));
        return cli;
    }

    /** "unknown command 'reprot'; did you mean 'report'?" or the same for an option, from the command's own names. */
    private static String unmatched(UnmatchedArgumentException e) {
        List<String> given = e.getUnmatched();
        if (given.isEmpty()) {
            return e.getMessage();
        }
        String first = given.get(0);
        CommandSpec command = e.getCommandLine().getCommandSpec();
        if (first.startsWith("-")) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            var options = command.options().stream().flatMap(o -> Arrays.stream(o.names())).toList();
            return "unknown option '" + name + "'" + Choices.suggestion(name, options);
        }
        if (!command.subcommands().isEmpty()) {
            var commands = command.subcommands().entrySet().stream().filter(c -> !c.getValue().getCommandSpec().usageMessage().hidden())
                    .map(java.util.Map.Entry::getKey).toList();
            return "unknown command '" + first + "'" + Choices.suggestion(first, commands) + " (commands: " + String.join(", ", commands) + ")";
        }
        return "unexpected argument '" + first + "'" + (given.size() > 1 ? " (and " + (given.size() - 1) + " more)" : "");
    }

    /**
     * One line for any failure: bad input (a spec, data or results problem the user can fix) is
     * exit code 2; running out of memory or an unexpected error is exit code 1. --verbose adds the trace.
     */
    static int failure(Throwable e, PrintWriter err, boolean verbose) {
        if (verbose) {
            e.printStackTrace(err);
        }
        if (e instanceof SpecException || e instanceof DataException || e instanceof IllegalArgumentException) {
            err.println("optlab: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof RunsFailed) {
            err.println("optlab: " + e.getMessage());
            err.flush();
            return 1;
        }
        String hint = verbose ? "" : " (run with --verbose for details)";
        if (e instanceof OutOfMemoryError) {
            err.println("optlab: out of memory (this JVM may use " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB): use a smaller model or batch, or a larger -Xmx" + hint);
        } else {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            err.println("optlab: internal error: " + (message.isBlank() ? e.getClass().getSimpleName() : message) + hint);
        }
        err.flush();
        return 1;
    }
}
