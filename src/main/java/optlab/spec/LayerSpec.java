package optlab.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One layer of a model's stack, as the experiment file writes it ({@code conv2d: {filters: 32,
 * kernel: 3, activation: relu}}) and as it is stored: a one-key object naming the kind. Shapes are
 * checked by {@link ModelLayout}, which knows the layer's input.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
    @JsonSubTypes.Type(value = LayerSpec.Conv2d.class, name = "conv2d"),
    @JsonSubTypes.Type(value = LayerSpec.MaxPool2d.class, name = "maxpool2d"),
    @JsonSubTypes.Type(value = LayerSpec.Dropout.class, name = "dropout"),
    @JsonSubTypes.Type(value = LayerSpec.Flatten.class, name = "flatten"),
    @JsonSubTypes.Type(value = LayerSpec.Dense.class, name = "dense")})
public sealed interface LayerSpec {

    /** The kind as the experiment file names it: conv2d, maxpool2d, dropout, flatten, dense. */
    String kind();

    /** Short text for labels and tables: "conv 32x3x3 relu". */
    String label();

    /** A square 2-D convolution over NHWC input, then a bias and the activation (Keras' Conv2D). */
    record Conv2d(int filters, int kernel, int stride, Padding padding, Activation activation) implements LayerSpec {
        public Conv2d {
            positive("filters", filters);
            positive("kernel", kernel);
            positive("stride", stride);
            padding = padding == null ? Padding.VALID : padding;
            activation = activation == null ? Activation.LINEAR : activation;
        }

        @Override
        public String kind() {
            return "conv2d";
        }

        @Override
        public String label() {
            return "conv " + filters + "x" + kernel + "x" + kernel + options(stride, padding) + activationLabel(activation);
        }
    }

    /** Max pooling over square windows; the stride defaults to the window (Keras' MaxPooling2D). */
    record MaxPool2d(int pool, int stride, Padding padding) implements LayerSpec {
        public MaxPool2d {
            positive("pool", pool);
            positive("stride", stride);
            padding = padding == null ? Padding.VALID : padding;
        }

        @Override
        public String kind() {
            return "maxpool2d";
        }

        @Override
        public String label() {
            return "maxpool " + pool + (stride == pool ? "" : " stride " + stride) + (padding == Padding.VALID ? "" : " same");
        }
    }

    /** Inverted dropout as Keras does it: kept units scaled by 1 / (1 - rate) in training, identity at evaluation. */
    record Dropout(double rate) implements LayerSpec {
        public Dropout {
            if (!(rate >= 0 && rate < 1)) {
                throw new SpecException("dropout rate must be in [0, 1), got " + rate);
            }
        }

        @Override
        public String kind() {
            return "dropout";
        }

        @Override
        public String label() {
            return "dropout " + rate;
        }
    }

    /** Row-major H x W x C to one vector, as Keras' Flatten on NHWC. */
    record Flatten() implements LayerSpec {
        @Override
        public String kind() {
            return "flatten";
        }

        @Override
        public String label() {
            return "flatten";
        }
    }

    /**
     * z = x W + b, then the activation; the last layer's z feeds the softmax. {@code bias} false:
     * z = x W (the course's softmax regression); stored only then, so older ids do not move.
     */
    record Dense(int units, Activation activation,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Boolean bias)
            implements LayerSpec {
        public Dense {
            positive("units", units);
            activation = activation == null ? Activation.LINEAR : activation;
            bias = bias == null || bias ? null : Boolean.FALSE;
        }

        public Dense(int units, Activation activation) {
            this(units, activation, null);
        }

        public boolean hasBias() {
            return bias == null;
        }

        @Override
        public String kind() {
            return "dense";
        }

        @Override
        public String label() {
            return "dense " + units + activationLabel(activation) + (hasBias() ? "" : " no bias");
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new SpecException(name + " must be a positive whole number, got " + value);
        }
    }

    private static String options(int stride, Padding padding) {
        return (stride == 1 ? "" : " stride " + stride) + (padding == Padding.VALID ? "" : " same");
    }

    private static String activationLabel(Activation activation) {
        return activation == Activation.LINEAR ? "" : " " + activation.id();
    }
}
