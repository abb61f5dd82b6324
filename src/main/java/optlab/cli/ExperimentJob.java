package optlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import optlab.data.RawMnist;
import optlab.results.FolderName;
import optlab.results.Provenance;
import optlab.results.ResultsStore;
import optlab.results.RunResult;
import optlab.results.ValidationVerdict;
import optlab.run.ExperimentResults;
import optlab.run.ExperimentRunner;
import optlab.run.ProvenanceCollector;
import optlab.run.ValidationRunner;
import optlab.spec.Device;
import optlab.spec.ExperimentSpec;
import optlab.spec.SpecHash;
import optlab.sweep.Shard;
import optlab.tf.TensorFlowDevices;

/** What {@code report} and {@code train} share: load the data, record provenance, train every run into the store. */
record ExperimentJob(ExperimentSpec spec, RawMnist raw, ResultsStore store, Provenance provenance, ExperimentResults results) {

    /**
     * Trains the experiment's runs not stored yet: in this process, or with {@code --jobs} choosing more than one, in
     * worker processes ({@link ParallelSweep}).
     */
    static ExperimentJob run(ExperimentSpec spec, DataOptions data, Path out, String commandLine, Parallelism parallelism, PrintStream console) {
        TensorFlowDevices.require(spec.device());
        RawMnist raw = data.load(console::println);
        ExperimentRunner.checkFits(raw, spec);
        var store = new ResultsStore(out);
        // TensorFlow takes the whole memory of a GPU in each process, so by default GPU runs train one at a time.
        int perDefault = spec.device() == Device.GPU ? 1 : Runtime.getRuntime().availableProcessors();
        int workers = parallelism.jobs().choose(perDefault, ExperimentRunner.toTrain(store, spec));
        Provenance collected = ProvenanceCollector.collect(spec, Home.path(), commandLine);
        Provenance provenance = workers > 1 ? collected.with("runs at once", workers + " worker processes (--jobs)") : collected;
        store.saveExperiment(spec, provenance);
        console.printf("%s: %s, %s, %s, %d runs%s%n", spec.name(), modelLabel(spec), spec.trainingLabel(),
                spec.repeats() == 1 ? "seed " + spec.seed() : spec.repeats() + " seeds from " + spec.seed(), spec.runs().size(),
                spec.tune() == null ? "" : " after a learning-rate search of " + spec.tuningRuns().size());
        ExperimentResults results = workers > 1
                ? new ParallelSweep(spec, store, data, workers, parallelism, console, System.console() != null).run()
                : new ExperimentRunner(raw, store, new ConsoleProgress(spec, console)).run(spec);
        store.finishExperiment(spec, provenance, Instant.now(),
                Stream.concat(results.tuning().stream(), results.runs().stream()).map(RunResult::id).distinct().toList());
        return new ExperimentJob(spec, raw, store, provenance, results);
    }

    /**
     * Shard {@code shard}'s share of the experiment into the shared store {@code out}, and the
     * verdicts of its configurations that no other shard is computing; draws nothing.
     */
    static void runShard(ExperimentSpec spec, DataOptions data, Path out, String commandLine, Shard shard, PrintStream console) {
        TensorFlowDevices.require(spec.device());
        RawMnist raw = data.load(console::println);
        ExperimentRunner.checkFits(raw, spec);
        var store = new ResultsStore(out);
        store.saveExperiment(spec, ProvenanceCollector.collect(spec, Home.path(), commandLine));
        console.printf("%s: shard %s of %d runs%s%n", spec.name(), shard, spec.runs().size(),
                spec.tune() == null ? "" : " after a learning-rate search of " + spec.tuningRuns().size());
        List<RunResult> own = new ExperimentRunner(raw, store, new ConsoleProgress(spec, console)).runShard(spec, shard);
        List<ValidationVerdict> verdicts = new ValidationRunner(() -> raw, store, new ConsoleValidationProgress(console)).runShared(spec, own);
        console.printf("shard %s: %d runs and %d lockstep verdicts stored in %s; once every shard is done, draw the report with%n"
                + "  optlab report %s --from %s%n", shard, own.size(), verdicts.size(), out, FolderName.of(spec.name()).value(), out);
    }

    private static String modelLabel(ExperimentSpec spec) {
        return spec.variants().size() == 1 ? spec.model().label() : spec.variants().size() + " models";
    }

    /** {@code reports/<folder name of the experiment>}: the name is a label, never a path. */
    /** reports/<name>/, or for an experiment that options changed, a folder of its own beside it: reports/<name>-<hash of its spec>/. */
    static Path defaultOut(ExperimentSpec asked, ExperimentSpec effective) {
        Path reports = Home.path().resolve("reports");
        if (effective.equals(asked)) {
            return FolderName.of(asked.name()).under(reports);
        }
        return FolderName.of(asked.name() + "-" + SpecHash.of(effective)).under(reports);
    }

    /** The line that says why an overridden experiment writes where it does, or "" when it writes its own folder. */
    static String folderLine(ExperimentSpec asked, ExperimentSpec effective, Path folder) {
        return effective.equals(asked) ? "" : String.format("options change %s, so it gets its own folder: %s (%s stays as it was)%n",
                asked.name(), folder, defaultOut(asked, asked));
    }
}
