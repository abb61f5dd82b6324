package optlab.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Teacher mode: checks every submission folder in its own JVM ({@code lab check --format json}),
 * in a scratch copy of the folder, with a time limit and a heap limit, and writes grades.csv and
 * grades.html. A submission that does not compile, throws, loops, prints garbage or ends the JVM
 * gets its row and the next one runs.
 */
public final class Grader {

    /** One row of grades.csv. */
    public record Grade(String student, String status, long stagesPassed, double score, double maxScore, String diagnosis, double seconds) {
    }

    private final String exercise;
    private final int timeoutSeconds;
    private final String heap;
    private final List<String> extraArgs;

    /** {@code extraArgs} go to every {@code lab check} (e.g. --steps, --data-dir). */
    public Grader(String exercise, int timeoutSeconds, String heap, List<String> extraArgs) {
        this.exercise = exercise;
        this.timeoutSeconds = timeoutSeconds;
        this.heap = heap;
        this.extraArgs = List.copyOf(extraArgs);
    }

    public List<Grade> grade(Path submissions, Path out, Consumer<String> log) throws IOException {
        Files.createDirectories(out.resolve("logs"));
        List<Path> folders;
        try (Stream<Path> list = Files.list(submissions)) {
            folders = list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        var grades = new ArrayList<Grade>();
        for (Path folder : folders) {
            Grade g = gradeOne(folder, out);
            log.accept(String.format(Locale.ROOT, "%-20s %-13s %4.1f/%-4.1f %5.1f s  %s", g.student(), g.status(), g.score(), g.maxScore(),
                    g.seconds(), g.diagnosis()));
            grades.add(g);
        }
        GradeTable.writeCsv(out.resolve("grades.csv"), grades);
        GradeTable.writeHtml(out.resolve("grades.html"), exercise, grades);
        return grades;
    }

    private Grade gradeOne(Path folder, Path out) throws IOException {
        String student = folder.getFileName().toString();
        long start = System.nanoTime();
        Path scratch = Files.createTempDirectory("optlab-grade-");
        Path copy = scratch.resolve("submission");
        copyTree(folder, copy);
        Path result = scratch.resolve("result.json");
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-Doptlab.home=" + System.getProperty("optlab.home", "."),
                "-cp", System.getProperty("java.class.path"), "optlab.cli.Main", "lab", "check", copy.toString(),
                "--against", exercise, "--format", "json", "--output", result.toString(), "--timeout", String.valueOf(timeoutSeconds)));
        command.addAll(extraArgs);
        var builder = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(out.resolve("logs").resolve(safe(student) + ".log").toFile());
        builder.environment().put("OMP_NUM_THREADS", "1");
        builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        Process process = builder.start();
        boolean finished;
        try {
            // The child enforces the time limit on the student's code itself; this is the backstop for a JVM that will not stop.
            finished = process.waitFor(timeoutSeconds + 60L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Grade grade = read(student, result, finished ? process.exitValue() : -1, seconds);
        if (Files.exists(result)) {
            Files.copy(result, out.resolve("logs").resolve(safe(student) + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        deleteTree(scratch);
        return grade;
    }

    private Grade read(String student, Path result, int exit, double seconds) {
        if (exit == -1) {
            return new Grade(student, "could not run", 0, 0, 0, "timed out: killed after " + (timeoutSeconds + 60) + " s", seconds);
        }
        if (!Files.exists(result)) {
            return new Grade(student, "could not run", 0, 0, 0,
                    "the check ended (exit status " + exit + ") before writing its result: the submission ended the JVM (System.exit?) or crashed it", seconds);
        }
        try {
            JsonNode r = new ObjectMapper().readTree(result.toFile());
            int code = r.path("exit_code").asInt(2);
            String status = code == 0 ? "passed" : code == 1 ? "wrong" : "could not run";
            return new Grade(student, status, r.path("stages_passed").asLong(), r.path("score").asDouble(), r.path("max_score").asDouble(),
                    oneLine(r.path("summary").asText()), seconds);
        } catch (IOException e) {
            return new Grade(student, "could not run", 0, 0, 0, "unreadable result: " + e.getMessage(), seconds);
        }
    }

    /** A compiler's or a traceback's lines joined, so that a row of grades.csv is one line; the full result is in logs/STUDENT.json. */
    private static String oneLine(String text) {
        String joined = text.strip().replaceAll("\\s*\\R\\s*", " | ");
        return joined.length() > 300 ? joined.substring(0, 300) + "..." : joined;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Copies regular files and folders only: a symbolic link in a submission is not followed. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
