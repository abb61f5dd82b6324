package optlab.results;

public enum RunStatus {
    COMPLETED, DIVERGED
}
