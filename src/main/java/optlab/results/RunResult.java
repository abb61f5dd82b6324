package optlab.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import optlab.metrics.Evaluation;
import optlab.spec.RunSpec;
import optlab.train.History;
import optlab.train.Trajectory;

/**
 * One finished run as stored and reported.
 *
 * @param history the epochs completed (for a diverged run, those before the divergence)
 * @param evaluation final evaluation on the test set; null when the run diverged
 * @param divergence null unless status is DIVERGED
 * @param runsAtOnce the most runs this machine trained into the store at once while this one trained, itself included,
 *     when that was more than one: its seconds per epoch then include their contention for the cores. Null when it trained
 *     alone, and in results stored before this was recorded. Not part of the spec, so no run id depends on it.
 * @param trajectory the weights along the way when the run asked for them ({@code RunSpec.trajectoryEvery}), else
 *     null; stored in a file of its own beside the result
 */
public record RunResult(RunSpec spec, RunStatus status, History history, Evaluation evaluation, Divergence divergence,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer runsAtOnce, @JsonIgnore Trajectory trajectory) {

    public RunResult(RunSpec spec, RunStatus status, History history, Evaluation evaluation, Divergence divergence) {
        this(spec, status, history, evaluation, divergence, null, null);
    }

    public RunResult withTrajectory(Trajectory recorded) {
        return new RunResult(spec, status, history, evaluation, divergence, runsAtOnce, recorded);
    }

    public String id() {
        return spec.id();
    }

    public boolean diverged() {
        return status == RunStatus.DIVERGED;
    }

    /** How many runs trained at once while this one did: 1 when it trained alone. */
    public int concurrency() {
        return runsAtOnce == null ? 1 : runsAtOnce;
    }

    /** This result marked as trained beside others, or unchanged when {@code runs} is 1. */
    public RunResult trainedWith(int runs) {
        return runs > 1 ? new RunResult(spec, status, history, evaluation, divergence, runs, trajectory) : this;
    }
}
