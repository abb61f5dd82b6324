package optlab.lab;

import java.util.List;

/**
 * The outcome of one check. {@code error} is set when the submission could not be run (exit 2);
 * otherwise the stages say whether it is right (exit 0) or wrong (exit 1), with the first
 * difference and the mistake that reproduces it, when one does, and {@code curve}: the largest
 * difference of the failing case at every step (empty when nothing differs).
 */
public record LabResult(String exercise, String language, List<StageResult> stages, Difference difference, Mistake diagnosis,
        String error, double seconds, double[] curve) {

    public static final int PASS = 0;
    public static final int WRONG = 1;
    public static final int NOT_RUN = 2;

    public LabResult {
        stages = List.copyOf(stages);
    }

    public int exitCode() {
        if (error != null) {
            return NOT_RUN;
        }
        return stages.stream().allMatch(StageResult::passed) ? PASS : WRONG;
    }

    public double score() {
        return stages.stream().mapToDouble(StageResult::points).sum();
    }

    public double maxScore() {
        return stages.stream().mapToDouble(StageResult::maxPoints).sum();
    }

    public long stagesPassed() {
        return stages.stream().filter(StageResult::passed).count();
    }

    /** One line for a table: the diagnosis, the error, or the first difference. */
    public String summary() {
        if (error != null) {
            return "could not run: " + error;
        }
        if (diagnosis != null) {
            return diagnosis.name();
        }
        if (difference != null) {
            return "no known mistake matches; first difference " + difference.describe();
        }
        return stages.stream().filter(s -> s.status() == StageResult.Status.FAILED).map(StageResult::output).findFirst().orElse("passed");
    }
}
