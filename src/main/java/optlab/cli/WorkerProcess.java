package optlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * One worker: a child JVM of this optlab (same java, class path and memory settings) running {@code optlab worker}, with
 * one-threaded ND4J and TensorFlow. Two threads read it: its standard output for {@link WorkerLine}s, its standard error
 * for the last line it said (the reason, should it fail). Its standard input stays open and unused: a worker that reads
 * its end knows the sweep is gone and stops.
 */
final class WorkerProcess {

    private final int number;
    private final Process process;
    private volatile String lastError = "";

    private WorkerProcess(int number, Process process) {
        this.number = number;
        this.process = process;
    }

    /** Starts worker {@code number} with {@code args} after {@code optlab}, its events going to {@code events}. */
    static WorkerProcess start(int number, List<String> args, boolean verbose, BlockingQueue<SweepEvent> events) {
        var builder = new ProcessBuilder(command(args));
        Map<String, String> env = builder.environment();
        env.putIfAbsent("OMP_NUM_THREADS", "1");
        env.putIfAbsent("TF_CPP_MIN_LOG_LEVEL", verbose ? "0" : "2");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a worker process (" + builder.command().get(0) + "): " + e.getMessage(), e);
        }
        var worker = new WorkerProcess(number, process);
        Thread errors = reader("worker-" + number + "-err", process.getErrorStream(), line -> {
            worker.lastError = line;
            if (verbose) {
                events.add(new SweepEvent.Log(worker, line));
            }
        });
        reader("worker-" + number + "-out", process.getInputStream(), line -> WorkerLine.parse(line).ifPresentOrElse(
                message -> events.add(new SweepEvent.Message(worker, message)), () -> {
                    if (verbose) {
                        events.add(new SweepEvent.Log(worker, line));
                    }
                }), () -> {
                    events.add(new SweepEvent.Exit(worker, exitCode(process, errors)));
                });
        return worker;
    }

    /** "w1", as the console names it. */
    String tag() {
        return "w" + number;
    }

    /** Why it ended with {@code code}: the signal that killed it, or the last thing it said on its standard error. */
    String reason(int code) {
        if (code > 128) {
            return "killed by signal " + (code - 128) + (code == 137 ? " (SIGKILL: out of memory, or killed by hand)" : "");
        }
        String said = lastError.startsWith("optlab: ") ? lastError.substring("optlab: ".length()) : lastError;
        return said.isBlank() ? "exit code " + code : said + " (exit code " + code + ")";
    }

    long pid() {
        return process.pid();
    }

    void kill() {
        process.destroyForcibly();
    }

    private static List<String> command(List<String> args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if ((option.startsWith("-X") || option.startsWith("-D")) && !option.startsWith("-Doptlab.home=")) {
                command.add(option);
            }
        }
        command.add("-Doptlab.home=" + Home.path());
        command.add("-Djava.awt.headless=true");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return command;
    }

    private static Thread reader(String name, InputStream stream, Consumer<String> each) {
        return reader(name, stream, each, () -> { });
    }

    private static Thread reader(String name, InputStream stream, Consumer<String> each, Runnable atEnd) {
        Thread thread = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    each.accept(line);
                }
            } catch (IOException e) {
                // The worker is gone; its exit says how.
            }
            atEnd.run();
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static int exitCode(Process process, Thread errors) {
        try {
            errors.join();
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
