package optlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import optlab.data.RawMnist;
import optlab.results.ResultsException;
import optlab.results.ResultsStore;
import optlab.run.ExperimentRunner;
import optlab.run.ValidationRunner;
import optlab.spec.ExperimentSpec;
import optlab.spec.RunSpec;
import optlab.spec.SpecHash;
import optlab.sweep.RunCost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code optlab worker}, started by {@code report --jobs} and {@code train --jobs}, one per worker process: reads the
 * experiment from the store's manifest, then trains, most expensive first, every run of one phase that is neither
 * stored nor claimed by another worker, and for a report the study's lockstep verdicts no other worker holds; it tells
 * the sweep how it goes in {@link WorkerLine}s.
 */
@Command(name = "worker", hidden = true, description = "A worker process of 'report --jobs' (started by it, not by hand).")
final class WorkerCommand implements Callable<Integer> {

    /** The runs a worker trains: the learning-rate search, or the study at the rates the stored search chose. */
    enum Phase { SEARCH, STUDY }

    @Option(names = "--store", required = true, paramLabel = "DIR")
    Path store;

    @Option(names = "--experiment", required = true, paramLabel = "NAME")
    String experiment;

    @Option(names = "--spec-hash", required = true, paramLabel = "HASH", description = "The spec the sweep stored, so another experiment's manifest of the same name is refused.")
    String specHash;

    @Option(names = "--phase", required = true, paramLabel = "PHASE")
    Phase phase;

    @Option(names = "--verdicts", description = "After the study's runs, compute the lockstep verdicts no other worker holds, as 'report' draws them (default: not, as 'train' needs none).")
    boolean verdicts;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        stopWithTheSweep();
        PrintStream out = System.out;
        var results = new ResultsStore(store);
        ExperimentSpec spec = results.experiment(experiment).orElseThrow(() -> new ResultsException(store + " holds no experiment '" + experiment + "'"))
                .spec();
        if (!SpecHash.of(spec).equals(specHash)) {
            throw new ResultsException(store + ": the experiment '" + experiment + "' stored there is not the one this sweep trains (another process replaced it)");
        }
        RawMnist raw = data.load(line -> { });
        List<RunSpec> runs = phase == Phase.SEARCH ? spec.tuningRuns() : ExperimentRunner.studyRuns(results, spec);
        var report = new WorkerReport(out);
        new ExperimentRunner(raw, results, report).trainUnclaimed(mostExpensiveFirst(runs));
        if (phase == Phase.STUDY && verdicts) {
            new ValidationRunner(() -> raw, results, report).runUnclaimed(spec, runs);
        }
        return 0;
    }

    /**
     * The sweep holds this process's standard input open and writes nothing to it; its end means the sweep died (killed,
     * say), so the worker stops too, leaving its claim to be taken over, rather than train on for nobody.
     */
    private static void stopWithTheSweep() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is sent
                }
            } catch (IOException e) {
                // as good as the end
            }
            Runtime.getRuntime().halt(3);
        }, "sweep-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The longest runs start first, so the last to finish are short ones; ties keep the study's order. */
    private static List<RunSpec> mostExpensiveFirst(List<RunSpec> runs) {
        return runs.stream().sorted(Comparator.comparingLong(RunCost::of).reversed()).toList();
    }
}
