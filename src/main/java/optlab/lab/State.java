package optlab.lab;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an update rule keeps for one tensor: named float arrays (compared by optlab) and named numbers such as a step counter (not compared). */
public final class State {

    private final Map<String, float[]> arrays = new LinkedHashMap<>();
    private final Map<String, Double> numbers = new LinkedHashMap<>();

    public void put(String name, float[] values) {
        arrays.put(name, values);
    }

    /** The array stored under {@code name}; fails with a message naming it when {@link #put} never stored it. */
    public float[] get(String name) {
        float[] values = arrays.get(name);
        if (values == null) {
            throw new IllegalStateException("state has no array '" + name + "' (init must put it)");
        }
        return values;
    }

    public void setNumber(String name, double value) {
        numbers.put(name, value);
    }

    public double number(String name) {
        Double value = numbers.get(name);
        if (value == null) {
            throw new IllegalStateException("state has no number '" + name + "' (init must set it)");
        }
        return value;
    }

    /** A copy of every array, for comparison. */
    public Map<String, float[]> arrays() {
        var copy = new LinkedHashMap<String, float[]>();
        arrays.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }
}
