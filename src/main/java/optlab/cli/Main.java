package optlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import optlab.data.DataException;
import optlab.report.OptimizerTable;
import optlab.spec.SpecException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The optlab command line. Bad input ends with one line naming what was wrong and exit code 2. */
@Command(name = "optlab", mixinStandardHelpOptions = true, version = "optlab 0.1",
        description = "Trains small MNIST networks by hand (ND4J) and with TensorFlow Java, and compares optimizers.",
        subcommands = {ReportCommand.class, TrainCommand.class, ValidateCommand.class, DataCommand.class, LabCommand.class,
                SweepCommand.class, DoctorCommand.class})
public final class Main {

    static final int BAD_INPUT = 2;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show TensorFlow's and ND4J's own log lines and full stack traces.")
    boolean verbose;

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
            err.println("optlab: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command.getErr(), verbose));
        return cli;
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
