package optlab.lab;

/** One stage of a check: whether it ran and passed, its points, and what it found in words. */
public record StageResult(Stage stage, Status status, double points, double maxPoints, String output) {

    public enum Status { PASSED, FAILED, NOT_RUN }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
