package optlab.results;

import optlab.metrics.Evaluation;
import optlab.spec.RunSpec;
import optlab.train.History;

/**
 * One finished run as stored and reported.
 *
 * @param history the epochs completed (for a diverged run, those before the divergence)
 * @param evaluation final evaluation on the test set; null when the run diverged
 * @param divergence null unless status is DIVERGED
 */
public record RunResult(RunSpec spec, RunStatus status, History history, Evaluation evaluation, Divergence divergence) {

    public String id() {
        return spec.id();
    }

    public boolean diverged() {
        return status == RunStatus.DIVERGED;
    }
}
