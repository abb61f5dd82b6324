package optlab.report;

import java.util.List;
import optlab.results.Provenance;
import optlab.results.RunResult;
import optlab.results.ValidationVerdict;
import optlab.run.ExperimentResults;
import optlab.spec.ExperimentSpec;

/**
 * Everything the report is drawn from; nothing else is read.
 *
 * @param runs the study's runs
 * @param tuning the learning-rate search's runs, empty without {@code tune}
 * @param validations the stored lockstep verdicts, at most one per configuration
 */
public record ReportInput(ExperimentSpec spec, List<RunResult> runs, List<RunResult> tuning, List<ValidationVerdict> validations,
        Provenance provenance) {

    public ReportInput {
        runs = List.copyOf(runs);
        tuning = List.copyOf(tuning);
        validations = List.copyOf(validations);
    }

    public ReportInput(ExperimentSpec spec, ExperimentResults results, List<ValidationVerdict> validations, Provenance provenance) {
        this(spec, results.runs(), results.tuning(), validations, provenance);
    }
}
