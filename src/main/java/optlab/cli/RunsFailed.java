package optlab.cli;

/** A sweep in worker processes ended with runs not stored, as their workers failed; what was trained is stored. */
final class RunsFailed extends RuntimeException {

    RunsFailed(String message) {
        super(message);
    }
}
