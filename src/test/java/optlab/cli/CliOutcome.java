package optlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** One command run in this JVM as {@code optlab ARGS}: its exit code, what it printed and its errors. */
record CliOutcome(int exit, String out, String err) {

    /** Picocli's own output (help, usage) as {@code out}. */
    static CliOutcome run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine cli = Main.commandLine(false);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new CliOutcome(exit, out.toString(), err.toString());
    }

    /** {@link #run}, with what the command printed to System.out (its progress and tables) as {@code out}. */
    static CliOutcome runWithConsole(String... args) {
        var console = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            CliOutcome o = run(args);
            return new CliOutcome(o.exit(), console.toString(StandardCharsets.UTF_8), o.err());
        } finally {
            System.setOut(stdout);
        }
    }
}
