package optlab.report;

import optlab.landscape.LandscapeRunner;
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
 * @param landscapes the stored landscape views, none unless the experiment asks for them
 */
public record ReportInput(ExperimentSpec spec, List<RunResult> runs, List<RunResult> tuning, List<ValidationVerdict> validations,
        Provenance provenance, LandscapeRunner.Landscapes landscapes) {

    public ReportInput {
        runs = List.copyOf(runs);
        tuning = List.copyOf(tuning);
        validations = List.copyOf(validations);
        landscapes = landscapes == null ? LandscapeRunner.Landscapes.NONE : landscapes;
    }

    public ReportInput(ExperimentSpec spec, List<RunResult> runs, List<RunResult> tuning, List<ValidationVerdict> validations,
            Provenance provenance) {
        this(spec, runs, tuning, validations, provenance, LandscapeRunner.Landscapes.NONE);
    }

    public ReportInput(ExperimentSpec spec, ExperimentResults results, List<ValidationVerdict> validations, Provenance provenance,
            LandscapeRunner.Landscapes landscapes) {
        this(spec, results.runs(), results.tuning(), validations, provenance, landscapes);
    }

    public ReportInput(ExperimentSpec spec, ExperimentResults results, List<ValidationVerdict> validations, Provenance provenance) {
        this(spec, results, validations, provenance, LandscapeRunner.Landscapes.NONE);
    }
}
