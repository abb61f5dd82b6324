package optlab.report;

import java.util.List;
import optlab.results.Provenance;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;

/** Everything the report is drawn from; nothing else is read. */
public record ReportInput(ExperimentSpec spec, List<RunResult> runs, Provenance provenance) {

    public ReportInput {
        runs = List.copyOf(runs);
    }
}
