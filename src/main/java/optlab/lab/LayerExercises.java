package optlab.lab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import optlab.spec.OptimizerCatalog;
import optlab.spec.SpecException;

/**
 * The data of the layer exercises, keyed by name: the kind of layer (which student API, which
 * inputs and gradients), the formulas of the sheet and the known mistakes, whose numbers come from
 * {@link LayerReferences}.
 */
public final class LayerExercises {

    /** The three shapes of layer exercise: their student API, inputs, output and gradients (one per differentiable input, in order). */
    public enum Kind {
        ACTIVATION(StudentActivation.class, List.of("x"), "y", List.of("dx")),
        LOSS(StudentLoss.class, List.of("logits", "labels"), "loss", List.of("dlogits")),
        DENSE(StudentDense.class, List.of("x", "W", "b"), "y", List.of("dx", "dW", "db"));

        public final Class<?> api;
        public final List<String> inputs;
        public final String output;
        public final List<String> gradients;

        Kind(Class<?> api, List<String> inputs, String output, List<String> gradients) {
            this.api = api;
            this.inputs = inputs;
            this.output = output;
            this.gradients = gradients;
        }
    }

    /** One exercise: its formulas as the sheet prints them, one line each, and its known mistakes. */
    public record Entry(String id, Kind kind, String title, List<String> forward, List<String> backward, String shapes, List<Mistake> mistakes) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static final String ELEMENTWISE = "x, y, gradY and dx: one flat array of n elements (every operation is elementwise)";

    static {
        put(new Entry("relu", Kind.ACTIVATION, "ReLU", List.of("y = max(0, x)"),
                List.of("dx = gradY · [x > 0]        ([x > 0] is 1 where x > 0, else 0: at x = 0 exactly the gradient is 0, as in TensorFlow)"),
                ELEMENTWISE, List.of(
                        new Mistake("unmasked", "backward passes gradY through unmasked", "dx = gradY · [x > 0]", "dx = gradY"),
                        new Mistake("mask-at-zero", "the mask lets x = 0 through (x ≥ 0 where TensorFlow uses x > 0)", "dx = gradY · [x > 0]", "dx = gradY · [x ≥ 0]"),
                        new Mistake("inverted-mask", "the mask inverted (the gradient passes where x < 0)", "dx = gradY · [x > 0]", "dx = gradY · [x < 0]"))));
        put(new Entry("sigmoid", Kind.ACTIVATION, "Sigmoid",
                List.of("y = 1 / (1 + e^(−x))        (for x < 0 the same as e^x / (1 + e^x), which cannot overflow)"),
                List.of("dx = gradY · y (1 − y)"), ELEMENTWISE, List.of(
                        new Mistake("derivative-y", "derivative y instead of y (1 − y)", "dx = gradY · y (1 − y)", "dx = gradY · y"),
                        new Mistake("uses-x", "the derivative from x instead of y: x (1 − x)", "dx = gradY · y (1 − y)", "dx = gradY · x (1 − x)"),
                        new Mistake("no-grad-y", "gradY not multiplied in (the local derivative only)", "dx = gradY · y (1 − y)", "dx = y (1 − y)"),
                        new Mistake("forward-sign", "e^x instead of e^(−x) in the forward (the sigmoid of −x)", "y = 1 / (1 + e^(−x))", "y = 1 / (1 + e^x)"))));
        put(new Entry("tanh", Kind.ACTIVATION, "Tanh", List.of("y = tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x))"),
                List.of("dx = gradY · (1 − y²)"), ELEMENTWISE, List.of(
                        new Mistake("one-minus-y", "1 − y instead of 1 − y²", "dx = gradY · (1 − y²)", "dx = gradY · (1 − y)"),
                        new Mistake("uses-x", "1 − x² instead of 1 − y²", "dx = gradY · (1 − y²)", "dx = gradY · (1 − x²)"),
                        new Mistake("no-grad-y", "gradY not multiplied in (the local derivative only)", "dx = gradY · (1 − y²)", "dx = 1 − y²"))));
        put(new Entry("softmax-cross-entropy", Kind.LOSS, "Softmax cross-entropy",
                List.of("m_i = max_k z_ik", "p_ij = e^(z_ij − m_i) / Σ_k e^(z_ik − m_i)",
                        "loss_i = log Σ_k e^(z_ik − m_i) − Σ_j t_ij (z_ij − m_i)", "loss = (1/B) Σ_i loss_i"),
                List.of("dz = (p − t) / B"),
                "z = logits and t = labels: B x C (batch x classes), row-major, each row of t one-hot; loss: one number; dz = dlogits: B x C",
                List.of(
                        new Mistake("no-max-subtraction", "no max subtraction (e^z overflows at large logits)", "p_ij = e^(z_ij − m_i) / Σ_k e^(z_ik − m_i)",
                                "p_ij = e^(z_ij) / Σ_k e^(z_ik)"),
                        new Mistake("log-of-softmax", "the log of the softmax probabilities (−∞ once p underflows to 0) instead of log-sum-exp",
                                "loss_i = log Σ_k e^(z_ik − m_i) − Σ_j t_ij (z_ij − m_i)", "loss_i = −Σ_j t_ij log p_ij"),
                        new Mistake("loss-summed", "the loss summed over the batch instead of averaged", "loss = (1/B) Σ_i loss_i", "loss = Σ_i loss_i"),
                        new Mistake("not-divided-by-batch", "the gradient not divided by the batch size", "dz = (p − t) / B", "dz = p − t"),
                        new Mistake("sign-flipped", "p − t with its sign flipped", "dz = (p − t) / B", "dz = (t − p) / B"))));
        put(new Entry("dense", Kind.DENSE, "Dense (fully connected)", List.of("y = x W + b        (b added to every row)"),
                List.of("dx = gradY Wᵀ", "dW = xᵀ gradY", "db = Σ_rows gradY        (the sum over the batch)"),
                "x: B x in, W: in x out, b: out, y and gradY: B x out; dx: B x in, dW: in x out, db: out; every matrix row-major",
                List.of(
                        new Mistake("bias-missing", "the bias left out of the forward", "y = x W + b", "y = x W"),
                        new Mistake("dx-uses-w", "dx uses W instead of Wᵀ (W's in x out array read as out x in)", "dx = gradY Wᵀ", "dx = gradY W"),
                        new Mistake("dw-transposed", "dW transposed: gradYᵀ x (out x in) instead of xᵀ gradY (in x out)", "dW = xᵀ gradY", "dW = gradYᵀ x"),
                        new Mistake("db-wrong-axis", "db summed over the wrong axis (over the outputs: one value per sample)", "db = Σ_rows gradY",
                                "db = Σ_columns gradY"))));
    }

    private static void put(Entry e) {
        ENTRIES.put(e.id(), e);
    }

    private LayerExercises() {
    }

    public static boolean has(String name) {
        return ENTRIES.containsKey(name);
    }

    /** The exercise {@code name}; null when it is not a layer exercise. */
    public static Entry of(String name) {
        return ENTRIES.get(name);
    }

    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /** Throws a {@link SpecException} naming the layers and the rules when {@code name} is neither. */
    public static void requireExercise(String name) {
        if (has(name)) {
            return;
        }
        try {
            OptimizerCatalog.parse(name);
        } catch (SpecException e) {
            throw new SpecException("unknown exercise '" + name + "': not a layer (" + String.join(", ", names()) + ") and " + e.getMessage());
        }
    }

    /** The known mistakes of an exercise, a layer's or a rule's. */
    static List<Mistake> mistakes(String name) {
        return has(name) ? of(name).mistakes() : RuleExercises.of(name).mistakes();
    }
}
