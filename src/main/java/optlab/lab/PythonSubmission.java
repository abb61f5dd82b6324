package optlab.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An update-rule submission in another process, driven by the line protocol (README, "The line
 * protocol"). For Python, optlab starts its own driver, which imports the student's
 * {@code solution.py} and calls its {@code init} and {@code step}.
 */
public final class PythonSubmission implements Session {

    private final DriverProcess driver;

    private PythonSubmission(DriverProcess driver) {
        this.driver = driver;
    }

    /** Sessions of {@code solution.py} in {@code folder}, each a fresh python3 process running optlab's driver. */
    public static Supplier<Session> load(Path folder) {
        Supplier<DriverProcess> start = DriverProcess.python(folder, Map.of());
        return () -> new PythonSubmission(start.get());
    }

    /** Plain Python lists compute in double. */
    @Override
    public double tolerance() {
        return driver.numpy() ? Compare.FLOAT32 : Compare.DOUBLE;
    }

    @Override
    public void init(int id, int size, Hyper hp) {
        ObjectNode request = DriverProcess.JSON.createObjectNode().put("op", "init").put("id", id).put("size", size);
        ObjectNode h = request.putObject("hp").put("lr", hp.lr());
        hp.values().forEach(h::put);
        driver.call(request);
    }

    @Override
    public Stepped step(int id, float[] w, float[] g, boolean withState) {
        ObjectNode request = DriverProcess.JSON.createObjectNode().put("op", "step").put("id", id).put("state", withState);
        var wa = request.putArray("w");
        for (float x : w) {
            wa.add(x);
        }
        var ga = request.putArray("g");
        for (float x : g) {
            ga.add(x);
        }
        JsonNode reply = driver.call(request);
        Map<String, float[]> state = new LinkedHashMap<>();
        reply.path("state").fields().forEachRemaining(e -> state.put(e.getKey(), DriverProcess.floats(e.getValue(), "state " + e.getKey())));
        return new Stepped(DriverProcess.floats(reply.path("w"), "w"), state);
    }

    @Override
    public void close() {
        driver.close();
    }
}
