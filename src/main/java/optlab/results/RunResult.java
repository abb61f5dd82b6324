package optlab.results;

import optlab.metrics.Evaluation;
import com.fasterxml.jackson.annotation.JsonIgnore;
import optlab.spec.RunSpec;
import optlab.train.History;
import optlab.train.Trajectory;

/**
 * One finished run as stored and reported.
 *
 * @param history the epochs completed (for a diverged run, those before the divergence)
 * @param evaluation final evaluation on the test set; null when the run diverged
 * @param divergence null unless status is DIVERGED
 * @param trajectory the weights along the way when the run asked for them ({@code RunSpec.trajectoryEvery}), else
 *     null; stored in a file of its own beside the result
 */
public record RunResult(RunSpec spec, RunStatus status, History history, Evaluation evaluation, Divergence divergence,
        @JsonIgnore Trajectory trajectory) {

    public RunResult(RunSpec spec, RunStatus status, History history, Evaluation evaluation, Divergence divergence) {
        this(spec, status, history, evaluation, divergence, null);
    }

    public RunResult withTrajectory(Trajectory recorded) {
        return new RunResult(spec, status, history, evaluation, divergence, recorded);
    }

    public String id() {
        return spec.id();
    }

    public boolean diverged() {
        return status == RunStatus.DIVERGED;
    }
}
