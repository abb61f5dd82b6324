package optlab.cli;

/** What the threads reading the worker processes hand the sweep's one console thread. */
sealed interface SweepEvent {

    WorkerProcess worker();

    /** A {@link WorkerLine} the worker wrote. */
    record Message(WorkerProcess worker, WorkerLine line) implements SweepEvent {
    }

    /** A line of the worker's own log (its standard error, or a library's output), shown with --verbose. */
    record Log(WorkerProcess worker, String text) implements SweepEvent {
    }

    /** The worker ended, with this exit code; all of its output has been read. */
    record Exit(WorkerProcess worker, int code) implements SweepEvent {
    }
}
