package optlab.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A layer submission in another process, over the line protocol's forward and backward requests
 * (README, "Layers over the line protocol"): optlab's driver calls the student's
 * {@code forward(...)} and {@code backward(...)} of {@code solution.py}.
 */
final class PythonLayerSession implements LayerSession {

    private final DriverProcess driver;
    private final LayerExercises.Kind kind;

    private PythonLayerSession(DriverProcess driver, LayerExercises.Kind kind) {
        this.driver = driver;
        this.kind = kind;
    }

    /** Sessions of {@code solution.py} in {@code folder}; {@code environment} is added to the driver's (OPTLAB_LAB_NUMPY=0: plain lists). */
    static Supplier<LayerSession> load(Path folder, LayerExercises.Entry entry, Map<String, String> environment) {
        Supplier<DriverProcess> start = DriverProcess.python(folder, environment);
        return () -> new PythonLayerSession(start.get(), entry.kind());
    }

    @Override
    public float[] forward(LayerCase c) {
        List<float[]> out = call("forward", c.inputs(), 1);
        if (kind == LayerExercises.Kind.LOSS && out.get(0).length != 1) {
            throw new SubmissionException("forward returned " + out.get(0).length + " numbers where the loss is one");
        }
        return out.get(0);
    }

    @Override
    public List<float[]> backward(LayerCase c, float[] y) {
        var args = new ArrayList<>(c.inputs());
        if (kind == LayerExercises.Kind.ACTIVATION) {
            args.add(new LayerArray("y", c.input(0).shape(), y));
        }
        if (c.gradY() != null) {
            args.add(c.gradY());
        }
        return call("backward", args, kind.gradients.size());
    }

    private List<float[]> call(String op, List<LayerArray> args, int outputs) {
        ObjectNode request = DriverProcess.JSON.createObjectNode().put("op", op);
        ArrayNode list = request.putArray("args");
        for (LayerArray a : args) {
            ObjectNode arg = list.addObject();
            ArrayNode shape = arg.putArray("shape");
            for (int d : a.shape()) {
                shape.add(d);
            }
            ArrayNode data = arg.putArray("data");
            for (float v : a.values()) {
                data.add((double) v);
            }
        }
        JsonNode out = driver.call(request).path("out");
        if (!out.isArray() || out.size() != outputs) {
            throw new SubmissionException(op + " returned " + (out.isArray() ? out.size() + " arrays" : "no arrays") + " where " + outputs
                    + (outputs == 1 ? " is" : " are") + " expected (" + String.join(", ", op.equals("forward") ? List.of(kind.output) : kind.gradients) + ")");
        }
        var arrays = new ArrayList<float[]>();
        for (int k = 0; k < outputs; k++) {
            arrays.add(DriverProcess.floats(out.get(k), op.equals("forward") ? kind.output : kind.gradients.get(k)));
        }
        return arrays;
    }

    @Override
    public void close() {
        driver.close();
    }
}
