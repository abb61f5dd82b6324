package optlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import optlab.report.ReportInput;
import optlab.report.ReportWriter;
import optlab.report.SummaryTable;
import optlab.results.ValidationVerdict;
import optlab.run.ValidationRunner;
import optlab.spec.ExperimentSpec;
import optlab.spec.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code optlab report}: train every run of an experiment on both trainers and write the HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train an experiment on both trainers and write the HTML report.", "",
                "Each optimizer runs on each implementation from one seed; each optimizer with a TensorFlow twin is also "
                        + "checked against it in lockstep for 200 updates (as 'optlab validate' does). The report is one "
                        + "self-contained HTML page with CSV files beside it. Runs and verdicts already in the output folder "
                        + "with the same spec are reused, so an interrupted report resumes where it stopped."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT", defaultValue = Presets.DEFAULT,
            description = "Experiment to run (default: ${DEFAULT-VALUE}: 784-128-10 ReLU, batch 32, 10 epochs, seed 42, "
                    + "sgd, momentum, adam on scratch and tensorflow).")
    String experiment;

    @Mixin
    ExperimentOptions overrides;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec self;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/<experiment>/).")
    Path out;

    @Override
    public Integer call() {
        PrintStream console = System.out;
        long start = System.nanoTime();
        ExperimentSpec spec = overrides.applyTo(Presets.byName(experiment));
        Path folder = out != null ? out : ExperimentJob.defaultOut(spec);
        ExperimentJob job = ExperimentJob.run(spec, data, folder, "optlab " + String.join(" ", self.root().commandLine().getParseResult().originalArgs()), console);
        List<ValidationVerdict> verdicts = new ValidationRunner(job::raw, job.store(), new ConsoleValidationProgress(console)).run(spec);
        Path index = ReportWriter.write(folder, new ReportInput(spec, job.results(), verdicts, job.provenance()));
        console.println();
        console.print(SummaryTable.render(spec, job.results()));
        console.printf("%nreport: %s (%.0f s)%n", index, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
