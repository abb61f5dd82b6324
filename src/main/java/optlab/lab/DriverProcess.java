package optlab.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The other end of the line protocol (README, "The line protocol"): a process that answers one JSON
 * object per line, started here as python3 running optlab's driver over a student's solution.py.
 */
final class DriverProcess implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Writer in;
    private final BufferedReader out;
    private final boolean numpy;
    private final Path errors;

    private DriverProcess(List<String> command, Path folder, Map<String, String> environment) {
        try {
            // The program's own prints and warnings go to a file, and its last lines into the message when it dies.
            errors = Files.createTempFile("optlab-lab-stderr", ".txt");
            errors.toFile().deleteOnExit();
            var builder = new ProcessBuilder(command).directory(folder.toFile()).redirectError(errors.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new SubmissionException("cannot start " + command.get(0) + ": " + e.getMessage());
        }
        in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        JsonNode ready = read();
        if (!ready.path("ready").asBoolean(false)) {
            throw new SubmissionException("the program did not start the protocol: " + ready);
        }
        numpy = ready.path("numpy").asBoolean(false);
    }

    /**
     * Starts of {@code solution.py} in {@code folder}, each a fresh python3 process running optlab's
     * driver with {@code environment} added to this one's (e.g. OPTLAB_LAB_NUMPY=0).
     */
    static java.util.function.Supplier<DriverProcess> python(Path folder, Map<String, String> environment) {
        Path solution = folder.resolve("solution.py");
        if (!Files.isRegularFile(solution)) {
            throw new SubmissionException("no solution.py in " + folder);
        }
        Path driver = driver();
        List<String> command = List.of("python3", "-u", driver.toString(), solution.toAbsolutePath().toString());
        return () -> new DriverProcess(command, folder, environment);
    }

    private static Path driver() {
        try (InputStream source = DriverProcess.class.getResourceAsStream("/optlab/lab/driver.py")) {
            Path file = Files.createTempFile("optlab-lab-driver", ".py");
            Files.write(file, source.readAllBytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new SubmissionException("cannot write the Python driver: " + e.getMessage());
        }
    }

    /** Whether the driver hands NumPy float32 arrays to the solution (else plain lists, computed in double). */
    boolean numpy() {
        return numpy;
    }

    /** Sends {@code request} and returns the reply; a reply {"error": ...} is a {@link SubmissionException}. */
    JsonNode call(ObjectNode request) {
        send(request);
        return read();
    }

    static float[] floats(JsonNode node, String what) {
        if (!node.isArray()) {
            throw new SubmissionException("the reply has no array " + what + ": " + abbreviate(node.toString()));
        }
        float[] values = new float[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = node.get(i);
            if (v.isNumber()) {
                values[i] = (float) v.asDouble();
            } else if (v.isTextual() && List.of("NaN", "Infinity", "-Infinity").contains(v.asText())) {
                values[i] = Float.parseFloat(v.asText());
            } else {
                throw new SubmissionException(what + "[" + i + "] is not a number: " + abbreviate(v.toString()));
            }
        }
        return values;
    }

    private void send(ObjectNode request) {
        try {
            in.write(JSON.writeValueAsString(request));
            in.write('\n');
            in.flush();
        } catch (IOException e) {
            throw new SubmissionException("the program stopped reading (exit status " + exitStatus() + ")");
        }
    }

    private JsonNode read() {
        String line;
        try {
            line = out.readLine();
        } catch (IOException e) {
            throw new SubmissionException("cannot read from the program: " + e.getMessage());
        }
        if (line == null) {
            throw new SubmissionException("the program ended (exit status " + exitStatus() + ") without replying" + lastErrors());
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(line);
        } catch (IOException e) {
            throw new SubmissionException("the program replied with a line that is not JSON: " + abbreviate(line));
        }
        if (reply.has("error")) {
            throw new SubmissionException(reply.get("error").asText());
        }
        return reply;
    }

    /** ": " and the last lines the program wrote to standard error, or "" when it wrote none. */
    private String lastErrors() {
        try {
            List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : ": " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private String exitStatus() {
        try {
            return process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            Files.deleteIfExists(errors);
        } catch (IOException e) {
            // a temporary file; deleteOnExit takes it then
        }
    }
}
