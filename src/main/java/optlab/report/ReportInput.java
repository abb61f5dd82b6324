package optlab.report;

import java.util.List;
import optlab.results.Provenance;
import optlab.results.RunResult;
import optlab.results.ValidationVerdict;
import optlab.spec.ExperimentSpec;

/**
 * Everything the report is drawn from; nothing else is read.
 *
 * @param validations the stored lockstep verdicts, at most one per optimizer
 */
public record ReportInput(ExperimentSpec spec, List<RunResult> runs, List<ValidationVerdict> validations, Provenance provenance) {

    public ReportInput {
        runs = List.copyOf(runs);
        validations = List.copyOf(validations);
    }
}
