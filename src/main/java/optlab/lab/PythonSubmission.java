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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A submission in another process, driven by the line protocol (README, "The line protocol"): one
 * JSON object per line each way. For Python, optlab starts its own driver, which imports the
 * student's {@code solution.py} and calls its {@code init} and {@code step}.
 */
public final class PythonSubmission implements Session {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Writer in;
    private final BufferedReader out;
    private final boolean numpy;

    private PythonSubmission(List<String> command, Path folder) {
        try {
            process = new ProcessBuilder(command).directory(folder.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
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

    /** Sessions of {@code solution.py} in {@code folder}, each a fresh python3 process running optlab's driver. */
    public static Supplier<Session> load(Path folder) {
        Path solution = folder.resolve("solution.py");
        if (!Files.isRegularFile(solution)) {
            throw new SubmissionException("no solution.py in " + folder);
        }
        Path driver = driver();
        return () -> new PythonSubmission(List.of("python3", "-u", driver.toString(), solution.toAbsolutePath().toString()), folder);
    }

    private static Path driver() {
        try (InputStream source = PythonSubmission.class.getResourceAsStream("/optlab/lab/driver.py")) {
            Path file = Files.createTempFile("optlab-lab-driver", ".py");
            Files.write(file, source.readAllBytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new SubmissionException("cannot write the Python driver: " + e.getMessage());
        }
    }

    /** Plain Python lists compute in double. */
    @Override
    public double tolerance() {
        return numpy ? Compare.FLOAT32 : Compare.DOUBLE;
    }

    @Override
    public void init(int id, int size, Hyper hp) {
        ObjectNode request = JSON.createObjectNode().put("op", "init").put("id", id).put("size", size);
        ObjectNode h = request.putObject("hp").put("lr", hp.lr());
        hp.values().forEach(h::put);
        send(request);
        read();
    }

    @Override
    public Stepped step(int id, float[] w, float[] g, boolean withState) {
        ObjectNode request = JSON.createObjectNode().put("op", "step").put("id", id).put("state", withState);
        var wa = request.putArray("w");
        for (float x : w) {
            wa.add(x);
        }
        var ga = request.putArray("g");
        for (float x : g) {
            ga.add(x);
        }
        send(request);
        JsonNode reply = read();
        Map<String, float[]> state = new LinkedHashMap<>();
        reply.path("state").fields().forEachRemaining(e -> state.put(e.getKey(), floats(e.getValue(), "state " + e.getKey())));
        return new Stepped(floats(reply.path("w"), "w"), state);
    }

    private static float[] floats(JsonNode node, String what) {
        if (!node.isArray()) {
            throw new SubmissionException("step replied without an array " + what + ": " + abbreviate(node.toString()));
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
            throw new SubmissionException("the program ended (exit status " + exitStatus() + ") without replying");
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

    private String exitStatus() {
        try {
            return process.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
