package optlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import optlab.report.SummaryTable;
import optlab.spec.ExperimentSpec;
import optlab.spec.ExperimentFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code optlab train}: train runs and print their results, without drawing a report. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train runs and print a summary table, without drawing a report.", "",
                "Results go to the results store (--out), so a later 'optlab report' with the same settings reuses them. Example:",
                "  optlab train --optimizers adam --implementations scratch --epochs 2"})
final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT", defaultValue = ExperimentFile.DEFAULT,
            description = "Preset name or YAML file, as in 'report' (default: ${DEFAULT-VALUE}).")
    String experiment;

    @Mixin
    ExperimentOptions overrides;

    @Mixin
    DataOptions data;

    @Mixin
    JobsOption jobs;

    @Spec
    CommandSpec self;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: reports/<experiment>/).")
    Path out;

    @Override
    public Integer call() {
        PrintStream console = System.out;
        ExperimentSpec asked = ExperimentFile.resolve(experiment, Home.path().resolve("experiments"));
        ExperimentSpec spec = overrides.applyTo(asked);
        Path folder = out != null ? out : ExperimentJob.defaultOut(asked, spec);
        if (out == null) {
            console.print(ExperimentJob.folderLine(asked, spec, folder));
        }
        List<String> args = self.root().commandLine().getParseResult().originalArgs();
        ExperimentJob job = ExperimentJob.run(spec, data, folder, "optlab " + String.join(" ", args), new Parallelism(jobs, args.contains("--verbose"), false),
                console);
        console.println();
        console.print(SummaryTable.render(spec, job.results().runs(), TerminalWidth.of(System.console() != null)));
        console.println("results: " + folder);
        return 0;
    }
}
