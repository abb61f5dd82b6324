package optlab.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A fully connected network and the objective it is trained on. {@code layers} holds every layer
 * width from input to output, e.g. [784, 128, 10]. Hidden layers use {@code activation}; the
 * output is softmax.
 *
 * <p>The objective of a batch follows Keras, the course's reference: the batch's mean {@code loss}
 * (see {@link Loss}) plus Keras' {@code kernel_regularizer=l2(l2)} on every dense layer,
 * <pre>
 *   J = L + l2 * sum over the kernels W of sum(W^2),   dJ/dW = dL/dW + 2 l2 W,
 * </pre>
 * biases not decayed. Both trainers minimise J and {@code Trainer.gradients} returns its gradient.
 *
 * <p>What is reported is not what is minimised: the train, validation and test "loss" of every
 * run is the cross-entropy of its predicted probabilities, computed by the one shared metrics path
 * ({@code metrics.LossAccuracy}) whatever the objective, so runs with different losses or decay
 * compare like with like.
 *
 * @param leakyAlpha slope for negative inputs, used only by LEAKY_RELU
 * @param loss the data term of the objective (cross-entropy if a stored result predates it)
 * @param l2 the weight-decay factor, finite and at least 0 (0: no decay)
 */
public record ModelSpec(
        List<Integer> layers,
        Activation activation,
        double leakyAlpha,
        Init init,
        Loss loss,
        double l2) {

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
        // Results stored before the loss was a setting have none, and were trained on cross-entropy.
        loss = loss == null ? Loss.CROSS_ENTROPY : loss;
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new SpecException("model.l2 must be a finite number >= 0, got " + l2);
        }
    }

    /** Glorot-initialised, leaky_alpha 0.1. */
    public static ModelSpec mlp(int inputs, List<Integer> hidden, int classes, Activation activation, Loss loss, double l2) {
        return new ModelSpec(widths(inputs, hidden, classes), activation, 0.1, Init.GLOROT, loss, l2);
    }

    /** [inputs, hidden..., classes] */
    public static List<Integer> widths(int inputs, List<Integer> hidden, int classes) {
        var widths = new ArrayList<Integer>();
        widths.add(inputs);
        widths.addAll(hidden);
        widths.add(classes);
        return widths;
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

    /** "784-128-10 relu"; the loss and l2 only where they are not the defaults: "784-128-10 relu, mse, l2=0.01". */
    public String label() {
        var sb = new StringBuilder();
        for (int i = 0; i < layers.size(); i++) {
            sb.append(i == 0 ? "" : "-").append(layers.get(i));
        }
        sb.append(' ').append(activation.id());
        if (activation == Activation.LEAKY_RELU) {
            sb.append('(').append(leakyAlpha).append(')');
        }
        if (loss != Loss.CROSS_ENTROPY) {
            sb.append(", ").append(loss.id());
        }
        if (l2 != 0) {
            sb.append(", l2=").append(l2);
        }
        return sb.toString();
    }
}
