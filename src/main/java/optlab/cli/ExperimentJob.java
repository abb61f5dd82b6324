package optlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import optlab.data.RawMnist;
import optlab.results.Provenance;
import optlab.results.ResultsStore;
import optlab.results.RunResult;
import optlab.run.ExperimentRunner;
import optlab.run.ProvenanceCollector;
import optlab.spec.ExperimentSpec;

/** What {@code report} and {@code train} share: load the data, record provenance, train every run into the store. */
record ExperimentJob(ExperimentSpec spec, RawMnist raw, ResultsStore store, Provenance provenance, List<RunResult> results) {

    static ExperimentJob run(ExperimentSpec spec, DataOptions data, Path out, String commandLine, PrintStream console) {
        RawMnist raw = data.load(console::println);
        var store = new ResultsStore(out);
        Provenance provenance = ProvenanceCollector.collect(spec, Home.path(), commandLine);
        store.saveExperiment(spec, provenance);
        console.printf("%s: %s, batch %d, %d epochs, seed %d, %d runs%n", spec.name(), spec.model().label(),
                spec.batchSize(), spec.epochs(), spec.seed(), spec.runs().size());
        List<RunResult> results = new ExperimentRunner(raw, store, new ConsoleProgress(console)).run(spec);
        return new ExperimentJob(spec, raw, store, provenance, results);
    }

    static Path defaultOut(ExperimentSpec spec) {
        return Home.path().resolve("reports").resolve(spec.name());
    }
}
