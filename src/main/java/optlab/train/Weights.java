package optlab.train;

import java.util.List;
import optlab.spec.ModelLayout;

/**
 * A network's parameters as named tensors, in the model's order (layer by layer, kernel before
 * bias; see {@code ModelLayout}): what the trainers hand out and take in. Weights move between
 * trainers by name and shape, never by position alone.
 */
public record Weights(List<NamedTensor> tensors) {

    public Weights {
        tensors = List.copyOf(tensors);
    }

    public NamedTensor get(String name) {
        return tensors.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tensor named " + name + " among " + names()));
    }

    public List<String> names() {
        return tensors.stream().map(NamedTensor::name).toList();
    }

    /** Throws unless {@code given} holds the same names with the same shapes, in the same order. */
    public void requireSameLayout(Weights given) {
        List<String> expected = describe();
        List<String> got = given.describe();
        if (!expected.equals(got)) {
            throw new IllegalArgumentException("weights " + got + " do not fit a network of " + expected);
        }
    }

    /** Throws unless these are the names and shapes of {@code layout}'s parameters, in its order. */
    public void requireLayout(ModelLayout layout) {
        requireShapes(layout.parameters());
    }

    /** Throws unless these are the names and shapes of {@code parameters}, in their order. */
    public void requireShapes(List<ModelLayout.TensorSpec> parameters) {
        List<String> expected = parameters.stream().map(t -> t.name() + " " + ModelLayout.text(t.shape())).toList();
        if (!expected.equals(describe())) {
            throw new IllegalArgumentException("weights " + describe() + " do not fit a network of " + expected);
        }
    }

    private List<String> describe() {
        return tensors.stream().map(NamedTensor::describe).toList();
    }

    /** Every value in one array, tensor after tensor in the model's order. */
    public float[] flat() {
        float[] all = new float[tensors.stream().mapToInt(t -> t.values().length).sum()];
        int at = 0;
        for (NamedTensor t : tensors) {
            System.arraycopy(t.values(), 0, all, at, t.values().length);
            at += t.values().length;
        }
        return all;
    }

    /** The weights of {@code layout} whose values, in its order, are {@code values}: the inverse of {@link #flat}. */
    public static Weights of(ModelLayout layout, float[] values) {
        var tensors = new java.util.ArrayList<NamedTensor>();
        int at = 0;
        for (ModelLayout.TensorSpec t : layout.parameters()) {
            tensors.add(new NamedTensor(t.name(), t.shape(), java.util.Arrays.copyOfRange(values, at, at + t.size())));
            at += t.size();
        }
        if (at != values.length) {
            throw new IllegalArgumentException(values.length + " values for a network of " + at + " parameters");
        }
        return new Weights(tensors);
    }

    public Weights copy() {
        return new Weights(tensors.stream().map(NamedTensor::copy).toList());
    }
}
