package optlab.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A network and the objective it is trained on, in one of two forms. The fully connected form:
 * {@code layers} holds every layer width from input to output, e.g. [784, 128, 10], and hidden
 * layers use {@code activation}. The stack form: {@code input} is the shape of one example
 * ([28, 28, 1], height x width x channels) and {@code network} lists the layers, each with its own
 * activation ({@link LayerSpec}); {@code layers} and {@code activation} are then null. Either way
 * the output is softmax, and {@link #stack()} gives the layers. The fully connected form is stored
 * as it always was, so the ids of results stored before the stack form existed do not change.
 *
 * <p>The objective of a batch follows Keras, the course's reference: the batch's mean {@code loss}
 * (see {@link Loss}) plus Keras' {@code kernel_regularizer=l2(l2)} on every dense layer,
 * <pre>
 *   J = L + l2 * sum over the kernels W of sum(W^2),   dJ/dW = dL/dW + 2 l2 W,
 * </pre>
 * biases not decayed. {@code l2Form} {@link L2Form#GRADIENT} is the from-scratch notebook's form instead,
 * {@code g += 2 l2 p} on every parameter, biases included, whose objective is
 * J = L + l2 * sum over every parameter p of sum(p^2). Both trainers minimise J and
 * {@code Trainer.gradients} returns its gradient.
 *
 * <p>What is reported is not what is minimised: the train, validation and test "loss" of every
 * run is the cross-entropy of its predicted probabilities, computed by the one shared metrics path
 * ({@code metrics.LossAccuracy}) whatever the objective, so runs with different losses or decay
 * compare like with like.
 *
 * @param leakyAlpha slope for negative inputs, used only by LEAKY_RELU
 * @param loss the data term of the objective (cross-entropy if a stored result predates it)
 * @param l2 the weight-decay factor, finite and at least 0 (0: no decay)
 * @param input the stack form's example shape; null in the fully connected form
 * @param network the stack form's layers; null in the fully connected form
 * @param l2Form which parameters the decay reaches (null: Keras' kernels); kernels whenever l2 is 0, and
 *     left out of the JSON at kernels, so the ids of results stored before it existed do not change
 * @param bias the fully connected form's dense layers add a bias (null, the default, left out of the JSON) or
 *     not (false: z = x W, as the course's softmax regression); the stack form sets it per dense layer
 */
public record ModelSpec(
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> layers,
        @JsonInclude(JsonInclude.Include.NON_NULL) Activation activation,
        double leakyAlpha,
        Init init,
        Loss loss,
        double l2,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> input,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<LayerSpec> network,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = L2Form.DefaultFilter.class) L2Form l2Form,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean bias) {

    public ModelSpec {
        if (network == null) {
            layers = List.copyOf(layers);
            if (layers.size() < 2) {
                throw new SpecException("model.layers needs at least an input and an output width, got " + layers);
            }
            for (int width : layers) {
                if (width <= 0) {
                    throw new SpecException("model.layers must be positive, got " + layers);
                }
            }
        } else {
            if (layers != null || activation != null) {
                throw new SpecException("a model is either widths with one activation or a list of layers, not both");
            }
            if (bias != null && !bias) {
                throw new SpecException("model.bias is for a list of widths; in a list of layers give each dense layer its own, "
                        + "e.g. dense: {units: 10, bias: false}");
            }
            input = List.copyOf(input);
            network = List.copyOf(network);
            for (int d : input) {
                if (d <= 0) {
                    throw new SpecException("model.input must be positive, got " + input);
                }
            }
            ModelLayout.of(input, network);
        }
        if (!(leakyAlpha >= 0) || leakyAlpha >= 1) {
            throw new SpecException("model.leaky_alpha must be in [0, 1), got " + leakyAlpha);
        }
        // Results stored before the loss was a setting have none, and were trained on cross-entropy.
        loss = loss == null ? Loss.CROSS_ENTROPY : loss;
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new SpecException("model.l2 must be a finite number >= 0, got " + l2);
        }
        l2Form = l2Form == null || l2 == 0 ? L2Form.KERNELS : l2Form;
        bias = bias == null || bias ? null : Boolean.FALSE;
    }

    /** The fully connected form. */
    public ModelSpec(List<Integer> layers, Activation activation, double leakyAlpha, Init init, Loss loss, double l2) {
        this(layers, activation, leakyAlpha, init, loss, l2, null, null, null, null);
    }

    /** The stack form. */
    public static ModelSpec stack(List<Integer> input, List<LayerSpec> network, double leakyAlpha, Init init, Loss loss, double l2) {
        return new ModelSpec(null, null, leakyAlpha, init, loss, l2, input, network, null, null);
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

    /** The same model with another leaky ReLU slope. */
    public ModelSpec withLeakyAlpha(double alpha) {
        return new ModelSpec(layers, activation, alpha, init, loss, l2, input, network, l2Form, bias);
    }

    /** The same model with its decay in another form. */
    public ModelSpec withL2Form(L2Form form) {
        return new ModelSpec(layers, activation, leakyAlpha, init, loss, l2, input, network, form, bias);
    }

    /** The fully connected form without (false) or with biases. */
    public ModelSpec withBias(boolean withBias) {
        return new ModelSpec(layers, activation, leakyAlpha, init, loss, l2, input, network, l2Form, withBias);
    }

    /** The shape of one example: [784] for the fully connected form. */
    public List<Integer> inputShape() {
        return network == null ? List.of(layers.get(0)) : input;
    }

    /** The layers, in either form: the fully connected form as dense layers with the hidden activation. */
    public List<LayerSpec> stack() {
        if (network != null) {
            return network;
        }
        var dense = new ArrayList<LayerSpec>();
        for (int l = 1; l < layers.size(); l++) {
            dense.add(new LayerSpec.Dense(layers.get(l), l < layers.size() - 1 ? activation : Activation.LINEAR, bias));
        }
        return dense;
    }

    /** Inputs per example. */
    public int inputs() {
        return ModelLayout.size(inputShape());
    }

    public int classes() {
        return network == null ? layers.get(layers.size() - 1) : ((LayerSpec.Dense) network.get(network.size() - 1)).units();
    }

    /**
     * "784-128-10 relu"; the loss, l2 and its form only where they are not the defaults:
     * "784-128-10 relu, mse, l2=0.01", "784-128-10 relu, l2=0.1 (every parameter)".
     * The stack form: "28x28x1: conv 32x3x3 relu, maxpool 2, ..., dense 10".
     */
    public String label() {
        var sb = new StringBuilder();
        if (network == null) {
            for (int i = 0; i < layers.size(); i++) {
                sb.append(i == 0 ? "" : "-").append(layers.get(i));
            }
            if (layers.size() > 2) {
                sb.append(' ').append(activation.id());
                if (activation == Activation.LEAKY_RELU) {
                    sb.append('(').append(leakyAlpha).append(')');
                }
            }
            if (bias != null) {
                sb.append(", no bias");
            }
        } else {
            sb.append(ModelLayout.text(input)).append(": ")
                    .append(network.stream().map(LayerSpec::label).collect(Collectors.joining(", ")));
        }
        if (loss != Loss.CROSS_ENTROPY) {
            sb.append(", ").append(loss.id());
        }
        if (l2 != 0) {
            sb.append(", l2=").append(l2);
            if (l2Form == L2Form.GRADIENT) {
                sb.append(" (every parameter)");
            }
        }
        return sb.toString();
    }
}
