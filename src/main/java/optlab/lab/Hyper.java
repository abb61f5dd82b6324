package optlab.lab;

import java.util.Map;

/** The hyperparameters of an exercise, narrowed to float32: the learning rate and the catalog's others by name (beta1, epsilon, ...). */
public record Hyper(float lr, Map<String, Float> values) {

    public Hyper {
        values = Map.copyOf(values);
    }

    /** The hyperparameter {@code name}; fails naming the ones there are. */
    public float get(String name) {
        Float value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no hyperparameter '" + name + "' (there are lr" + (values.isEmpty() ? "" : ", " + String.join(", ", values.keySet())) + ")");
        }
        return value;
    }
}
