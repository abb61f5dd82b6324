package optlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import optlab.report.ReportInput;
import optlab.report.ReportWriter;
import optlab.report.SummaryTable;
import optlab.landscape.LandscapeRunner;
import optlab.landscape.TrainingSplits;
import optlab.results.MergedStores;
import optlab.results.ResultsStore;
import optlab.results.StoredResults;
import optlab.results.ValidationVerdict;
import optlab.run.ExperimentResults;
import optlab.run.ExperimentRunner;
import optlab.run.ValidationRunner;
import optlab.spec.ExperimentFile;
import optlab.spec.ExperimentSpec;
import optlab.spec.SpecException;
import optlab.sweep.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code optlab report}: train every run of an experiment on both trainers and write the HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train an experiment on both trainers and write the HTML report.", "",
                "EXPERIMENT is a preset's name (a file in experiments/) or the path of a YAML file. Each configuration with a "
                        + "TensorFlow twin is also checked against it in lockstep for 200 updates in float64, as 'optlab validate --precision float64' does. "
                        + "Every run and verdict is stored under the output folder as soon as it is done, keyed by a hash of its "
                        + "spec: an interrupted report resumes where it stopped, and --from redraws the page without training."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT",
            description = "Preset name or YAML file (default: " + ExperimentFile.DEFAULT + "; with --from, the folder's only experiment). Presets: optimizers, keras-baseline, deep, "
                    + "activations, losses, losses-small, weight-decay, weight-decay-small, rmsprop-forms, schedules, tuned-optimizers, cnn, landscape.")
    String experiment;

    @Mixin
    ExperimentOptions overrides;

    @Mixin
    DataOptions data;

    @Mixin
    JobsOption jobs;

    @Spec
    CommandSpec self;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/<experiment>/).")
    Path out;

    @Option(names = "--from", paramLabel = "DIR", split = ",",
            description = "Redraw the report of the results stored in DIR (a report's folder) without training anything; "
                    + "several DIRs (repeated or comma-separated) are merged, e.g. the stores of shards. Name the EXPERIMENT "
                    + "when several share the folder (default: train, then draw).")
    List<Path> from;

    @Option(names = "--wait", description = "With --from: wait until every run of the experiment is stored (shards still "
            + "training elsewhere), then draw.")
    boolean waitForRuns;

    @Option(names = "--shard", paramLabel = "I/N", description = "Train only shard I of N of the experiment's runs into --out, "
            + "a store the shards share, and draw nothing; 'auto' reads a Slurm array's or a Kubernetes Indexed Job's index (default: every run, and the report).")
    String shard;

    @Override
    public Integer call() {
        PrintStream console = System.out;
        long start = System.nanoTime();
        Path folder;
        ReportInput input;
        StoredResults store;
        if (from != null) {
            if (shard != null) {
                throw new SpecException("--shard trains and --from draws: give one of them");
            }
            if (jobs.given()) {
                throw new SpecException("--jobs trains and --from draws: give one of them");
            }
            store = from.size() == 1 ? new ResultsStore(from.get(0)) : new MergedStores(from.stream().map(ResultsStore::new).toList());
            StoredResults stored = store;
            Drawn drawn = waitForRuns ? StoredRunsWait.until(() -> complete(stored), console) : drawn(stored);
            folder = out != null ? out : from.get(0);
            ExperimentSpec spec = drawn.record().spec();
            input = new ReportInput(spec, drawn.results(), ValidationRunner.stored(store, spec, drawn.results().runs()),
                    drawn.record().provenance(), LandscapeRunner.stored(store, spec, drawn.results().runs()));
        } else {
            if (waitForRuns) {
                throw new SpecException("--wait waits for the runs --from draws; it needs --from");
            }
            ExperimentSpec asked = ExperimentFile.resolve(experiment == null ? ExperimentFile.DEFAULT : experiment, Home.path().resolve("experiments"));
            ExperimentSpec spec = overrides.applyTo(asked);
            folder = out != null ? out : ExperimentJob.defaultOut(asked, spec);
            if (out == null) {
                console.print(ExperimentJob.folderLine(asked, spec, folder));
            }
            if (shard != null) {
                if (jobs.given()) {
                    throw new SpecException("--jobs: a shard trains its runs one at a time; for more at once, start more shards");
                }
                ExperimentJob.runShard(spec, data, folder, commandLine(), Shard.parse(shard, System.getenv()), console);
                return 0;
            }
            ExperimentJob job = ExperimentJob.run(spec, data, folder, commandLine(), new Parallelism(jobs, verbose(), true), console);
            store = job.store();
            List<ValidationVerdict> verdicts = new ValidationRunner(job::raw, job.store(), new ConsoleValidationProgress(console))
                    .run(spec, job.results().runs());
            var landscapes = new LandscapeRunner(job.store(), new TrainingSplits(job::raw), new ConsoleLandscapeProgress(console))
                    .run(spec, job.results().runs());
            input = new ReportInput(spec, job.results(), verdicts, job.provenance(), landscapes);
        }
        Path index = ReportWriter.write(folder, input);
        console.println();
        console.print(SummaryTable.render(input.spec(), input.runs(), TerminalWidth.of(System.console() != null)));
        console.printf("%nreport: %s (%.0f s)%n", index, (System.nanoTime() - start) / 1e9);
        console.print(StoredExperiment.othersLine(store, input.spec().name()));
        return 0;
    }

    /** The stored experiment --from draws, and its runs. */
    private record Drawn(ResultsStore.ExperimentRecord record, ExperimentResults results) {
    }

    private Drawn drawn(StoredResults store) {
        var record = StoredExperiment.choose(store, experiment);
        return new Drawn(record, ExperimentRunner.stored(store, record.spec()));
    }

    /** {@link #drawn}, once every verdict is stored too. */
    private Drawn complete(StoredResults store) {
        Drawn drawn = drawn(store);
        ValidationRunner.requireStored(store, drawn.record().spec(), drawn.results().runs());
        return drawn;
    }

    private boolean verbose() {
        return self.root().commandLine().getParseResult().originalArgs().contains("--verbose");
    }

    private String commandLine() {
        return "optlab " + String.join(" ", self.root().commandLine().getParseResult().originalArgs());
    }
}
