package optlab.lab;

import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * While open, a submission that ends the JVM (System.exit, Runtime.exit) still leaves a result: a
 * shutdown hook writes the could-not-run result, out of the exercise's full points, and halts with
 * exit code {@link LabResult#NOT_RUN}, so that an exit status of 0 chosen by the submission never
 * reads as a pass. Closing it removes the hook.
 */
public final class ExitGuard implements AutoCloseable {

    private final Thread hook;

    private ExitGuard(Thread hook) {
        this.hook = hook;
    }

    /** {@code writeResult} writes the result where the check's own would have gone. */
    /** @param notRun the could-not-run result of the check, from the reason and the seconds it ran */
    public static ExitGuard install(BiFunction<String, Double, LabResult> notRun, Consumer<LabResult> writeResult) {
        long start = System.nanoTime();
        Thread hook = new Thread(() -> {
            writeResult.accept(notRun.apply("the submission ended the JVM (System.exit?) before the check finished",
                    (System.nanoTime() - start) / 1e9));
            Runtime.getRuntime().halt(LabResult.NOT_RUN);
        }, "lab-exit-guard");
        Runtime.getRuntime().addShutdownHook(hook);
        return new ExitGuard(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already ending; the hook decides
        }
    }
}
