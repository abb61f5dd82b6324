package optlab.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A model's layer stack with every shape worked out: what each layer takes and gives per example,
 * and its parameter tensors by name ({@code conv0/kernel} [3, 3, 1, 32], {@code dense1/bias} [10]),
 * numbered per kind as Keras numbers its layers. Both trainers and the initial weights read the
 * parameters from here, so they agree on names, shapes and order. Building one checks the stack:
 * an error names the layer and the shapes.
 */
public record ModelLayout(List<Integer> input, List<Stage> stages) {

    /**
     * One layer in place: its position in the stack, its name ({@code conv0}, {@code dropout1}), the
     * shape it takes and gives per example, and its parameters (none for pooling, dropout, flatten).
     */
    public record Stage(int index, String name, LayerSpec layer, List<Integer> in, List<Integer> out, List<TensorSpec> parameters) {

        public int inSize() {
            return size(in);
        }

        public int outSize() {
            return size(out);
        }
    }

    /**
     * A parameter tensor: its name, its shape, and for a kernel the fans that Glorot and He
     * initialisation use (Keras': fan_in = kh*kw*cin, fan_out = kh*kw*cout for a conv kernel).
     */
    public record TensorSpec(String name, List<Integer> shape, boolean kernel, int fanIn, int fanOut) {

        public int size() {
            return ModelLayout.size(shape);
        }
    }

    /** A matrix product of a forward pass, M x K times K x N. */
    public record Product(long m, long k, long n) {
        public long multiplyAdds() {
            return m * k * n;
        }
    }

    /**
     * The forward pass's matrix products for a batch of {@code rows}: a dense kernel's rows x in x
     * out, a convolution's as im2col makes it (rows x positions, kh x kw x cin, cout).
     */
    public List<Product> products(int rows) {
        var products = new ArrayList<Product>();
        for (Stage stage : stages) {
            for (TensorSpec tensor : stage.parameters()) {
                List<Integer> shape = tensor.shape();
                if (!tensor.kernel()) {
                    continue;
                }
                if (shape.size() == 2) {
                    products.add(new Product(rows, shape.get(0), shape.get(1)));
                } else {
                    long positions = (long) stage.out().get(0) * stage.out().get(1);
                    products.add(new Product(rows * positions, (long) shape.get(0) * shape.get(1) * shape.get(2), shape.get(3)));
                }
            }
        }
        return products;
    }

    public static ModelLayout of(ModelSpec model) {
        return of(model.inputShape(), model.stack());
    }

    static ModelLayout of(List<Integer> input, List<LayerSpec> layers) {
        if (layers.isEmpty()) {
            throw new SpecException("model.layers lists no layer");
        }
        var stages = new ArrayList<Stage>();
        var counts = new java.util.HashMap<String, Integer>();
        List<Integer> shape = List.copyOf(input);
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            String prefix = layer.kind().replace("2d", "");
            String name = prefix + (counts.merge(prefix, 1, Integer::sum) - 1);
            stages.add(stage(i, name, layer, shape));
            shape = stages.get(i).out();
        }
        LayerSpec last = layers.get(layers.size() - 1);
        if (!(last instanceof LayerSpec.Dense dense) || dense.activation() != Activation.LINEAR) {
            throw new SpecException("model.layers[" + (layers.size() - 1) + "] (" + last.label() + "): the last layer feeds the softmax, "
                    + "so it must be a dense layer without an activation");
        }
        return new ModelLayout(List.copyOf(input), List.copyOf(stages));
    }

    private static Stage stage(int index, String name, LayerSpec layer, List<Integer> in) {
        String where = "model.layers[" + index + "] (" + layer.label() + ")";
        if (layer instanceof LayerSpec.Conv2d c) {
            requireImage(where, in);
            int h = window(where, "kernel", in.get(0), c.kernel(), c.stride(), c.padding());
            int w = window(where, "kernel", in.get(1), c.kernel(), c.stride(), c.padding());
            int fan = c.kernel() * c.kernel();
            return new Stage(index, name, layer, in, List.of(h, w, c.filters()), List.of(
                    new TensorSpec(name + "/kernel", List.of(c.kernel(), c.kernel(), in.get(2), c.filters()), true,
                            fan * in.get(2), fan * c.filters()),
                    bias(name, c.filters())));
        }
        if (layer instanceof LayerSpec.MaxPool2d p) {
            requireImage(where, in);
            int h = window(where, "pool", in.get(0), p.pool(), p.stride(), p.padding());
            int w = window(where, "pool", in.get(1), p.pool(), p.stride(), p.padding());
            return new Stage(index, name, layer, in, List.of(h, w, in.get(2)), List.of());
        }
        if (layer instanceof LayerSpec.Flatten) {
            return new Stage(index, name, layer, in, List.of(size(in)), List.of());
        }
        if (layer instanceof LayerSpec.Dense d) {
            if (in.size() != 1) {
                throw new SpecException(where + ": a dense layer needs a flat input, got " + text(in)
                        + "; put a flatten before it");
            }
            var kernel = new TensorSpec(name + "/kernel", List.of(in.get(0), d.units()), true, in.get(0), d.units());
            return new Stage(index, name, layer, in, List.of(d.units()),
                    d.hasBias() ? List.of(kernel, bias(name, d.units())) : List.of(kernel));
        }
        return new Stage(index, name, layer, in, in, List.of()); // dropout keeps the shape
    }

    private static TensorSpec bias(String layer, int units) {
        return new TensorSpec(layer + "/bias", List.of(units), false, 0, 0);
    }

    private static void requireImage(String where, List<Integer> in) {
        if (in.size() != 3) {
            throw new SpecException(where + ": needs an input of height x width x channels, got " + text(in));
        }
    }

    private static int window(String where, String what, int in, int window, int stride, Padding padding) {
        if (padding == Padding.VALID && window > in) {
            throw new SpecException(where + ": a " + what + " of " + window + " does not fit an input of " + in
                    + " with valid padding");
        }
        return padding.outputLength(in, window, stride);
    }

    /** Every parameter tensor, layer by layer, kernel before bias: the order both trainers keep. */
    public List<TensorSpec> parameters() {
        return stages.stream().flatMap(s -> s.parameters().stream()).toList();
    }

    /** Inputs per example: 784 for MNIST, whatever the input's shape. */
    public int features() {
        return size(input);
    }

    public int classes() {
        return stages.get(stages.size() - 1).outSize();
    }

    /**
     * Rows per forward pass when a trainer predicts many rows: 2,000, or more for a model so narrow that
     * 2,000 of its rows hold fewer values than 2,000 MNIST images (the two-feature softmax regression,
     * whose landscape grid takes tens of thousands of passes over the training set, goes in one).
     */
    public int predictRows() {
        int widest = features();
        for (Stage stage : stages) {
            widest = Math.max(widest, stage.outSize());
        }
        return Math.max(PREDICT_ROWS, PREDICT_ROWS * 784 / widest);
    }

    private static final int PREDICT_ROWS = 2000;

    /** The dropout stages in order: one mask per stage and step. */
    public List<Stage> dropouts() {
        return stages.stream().filter(s -> s.layer() instanceof LayerSpec.Dropout).toList();
    }

    static int size(List<Integer> shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n > Integer.MAX_VALUE) {
            throw new SpecException("a tensor of shape " + text(shape) + " has more than 2^31 elements");
        }
        return (int) n;
    }

    /** "13x13x32" */
    public static String text(List<Integer> shape) {
        return shape.stream().map(String::valueOf).collect(Collectors.joining("x"));
    }
}
