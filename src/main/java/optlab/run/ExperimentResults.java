package optlab.run;

import java.util.List;
import optlab.results.RunResult;

/**
 * What an experiment produced: the learning-rate search (empty without {@code tune}) and the runs
 * of the study itself, in the experiment's report order.
 */
public record ExperimentResults(List<RunResult> tuning, List<RunResult> runs) {

    public ExperimentResults {
        tuning = List.copyOf(tuning);
        runs = List.copyOf(runs);
    }
}
