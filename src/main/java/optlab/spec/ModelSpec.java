package optlab.spec;

import java.util.List;

/**
 * A fully connected network: {@code layers} holds every layer width from input to output,
 * e.g. [784, 128, 10]. Hidden layers use {@code activation}; the output is softmax with
 * cross-entropy.
 *
 * @param leakyAlpha slope for negative inputs, used only by LEAKY_RELU
 */
public record ModelSpec(List<Integer> layers, Activation activation, double leakyAlpha, Init init) {

    public ModelSpec {
        layers = List.copyOf(layers);
        if (layers.size() < 2) {
            throw new SpecException("model.layers needs at least an input and an output width, got " + layers);
        }
        for (int width : layers) {
            if (width <= 0) {
                throw new SpecException("model.layers must be positive, got " + layers);
            }
        }
        if (!(leakyAlpha >= 0) || leakyAlpha >= 1) {
            throw new SpecException("model.leaky_alpha must be in [0, 1), got " + leakyAlpha);
        }
    }

    public static ModelSpec mlp(int inputs, List<Integer> hidden, int classes, Activation activation) {
        var widths = new java.util.ArrayList<Integer>();
        widths.add(inputs);
        widths.addAll(hidden);
        widths.add(classes);
        return new ModelSpec(widths, activation, 0.1, Init.GLOROT);
    }

    public int inputs() {
        return layers.get(0);
    }

    public int classes() {
        return layers.get(layers.size() - 1);
    }

    /** Number of weight layers (dense layers). */
    public int depth() {
        return layers.size() - 1;
    }

    /** "784-128-10 relu" */
    public String label() {
        var sb = new StringBuilder();
        for (int i = 0; i < layers.size(); i++) {
            sb.append(i == 0 ? "" : "-").append(layers.get(i));
        }
        sb.append(' ').append(activation.id());
        if (activation == Activation.LEAKY_RELU) {
            sb.append('(').append(leakyAlpha).append(')');
        }
        return sb.toString();
    }
}
