package optlab.scratch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.L2Form;
import optlab.spec.Loss;
import optlab.spec.LayerSpec;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.spec.Padding;
import optlab.train.DropoutMasks;
import optlab.train.InitialWeights;
import optlab.train.NamedTensor;
import optlab.train.Weights;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Backprop against central finite differences of the whole objective, in float64, on small
 * networks: every weight and bias of every layer, for every case: each network (a 6-5-4-3 dense
 * stack, and two convolutional stacks that between them use every layer kind, same and valid
 * padding, strides, overlapping pooling windows and dropout) with each activation and loss,
 * without and with L2 decay.
 */
public final class GradientCheck {

    /** The networks checked; each uses its case's activation in every hidden layer that has one. */
    public enum Architecture {
        /** 6-5-4-3, fully connected. */
        DENSE("dense"),
        /** 7x7x2: conv 4x3x3 same, maxpool 2 same, conv 3x2x2 stride 2, flatten, dropout 0.5, dense 3. */
        CONV_SAME("conv-same"),
        /** 8x8x1: conv 3x3x3 valid, maxpool 3 stride 2 (overlapping windows), flatten, dense 3. */
        CONV_VALID("conv-valid");

        private final String id;

        Architecture(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        ModelSpec model(Activation activation, Loss loss, double l2, L2Form l2Form) {
            return model(activation, loss, l2).withL2Form(l2Form);
        }

        ModelSpec model(Activation activation, Loss loss, double l2) {
            return switch (this) {
                case DENSE -> new ModelSpec(List.of(6, 5, 4, 3), activation, 0.1, Init.GLOROT, loss, l2);
                case CONV_SAME -> ModelSpec.stack(List.of(7, 7, 2), List.of(
                        new LayerSpec.Conv2d(4, 3, 1, Padding.SAME, activation),
                        new LayerSpec.MaxPool2d(2, 2, Padding.SAME),
                        new LayerSpec.Conv2d(3, 2, 2, Padding.VALID, activation),
                        new LayerSpec.Flatten(),
                        new LayerSpec.Dropout(0.5),
                        new LayerSpec.Dense(3, Activation.LINEAR)), 0.1, Init.GLOROT, loss, l2);
                case CONV_VALID -> ModelSpec.stack(List.of(8, 8, 1), List.of(
                        new LayerSpec.Conv2d(3, 3, 1, Padding.VALID, activation),
                        new LayerSpec.MaxPool2d(3, 2, Padding.VALID),
                        new LayerSpec.Flatten(),
                        new LayerSpec.Dense(3, Activation.LINEAR)), 0.1, Init.GLOROT, loss, l2);
            };
        }
    }

    /** One network to check: its kind, its hidden activation, its loss, its L2 factor and which parameters that decays. */
    public record Case(Architecture network, Activation activation, Loss loss, double l2, L2Form l2Form) {
    }

    /** The largest relative error of one parameter tensor: |numeric - backprop| / (|numeric| + |backprop|). */
    public record Entry(Case check, String parameter, double maxRelativeError) {
    }

    /** Every entry of a check; passed when each error is below {@link #THRESHOLD}. */
    public record Result(List<Entry> entries) {

        public boolean passed() {
            return entries.stream().allMatch(e -> e.maxRelativeError() < THRESHOLD);
        }

        /** One line per case: its largest error and the parameter where it occurs. */
        public String table() {
            var sb = new StringBuilder(String.format(Locale.ROOT, "%-10s %-11s %-14s %-4s %-8s %-14s %s%n", "network", "activation", "loss", "l2", "l2 form",
                    "worst at", "max relative error (finite differences, float64)"));
            for (Case c : entries.stream().map(Entry::check).distinct().toList()) {
                Entry worst = entries.stream().filter(e -> e.check().equals(c))
                        .max(Comparator.comparingDouble(Entry::maxRelativeError)).orElseThrow();
                sb.append(String.format(Locale.ROOT, "%-10s %-11s %-14s %-4s %-8s %-14s %.2e %s%n", c.network().id(), c.activation().id(),
                        c.loss().id(), c.l2(), c.l2Form().id(), worst.parameter(), worst.maxRelativeError(),
                        worst.maxRelativeError() < THRESHOLD ? "ok" : "FAIL"));
            }
            return sb.toString();
        }
    }

    public static final double THRESHOLD = 1e-6;
    /** The decay of the L2 cases: large enough that 2 l2 W is as large as the data gradient. */
    public static final double L2 = 0.1;
    private static final double H = 1e-6;
    /** Gradients smaller than this are zero up to the finite differences' own noise (about 1e-10). */
    private static final double SCALE_FLOOR = 1e-4;

    private GradientCheck() {
    }

    /** Every network with every activation and every loss, without decay and with {@link #L2} in each form. */
    public static List<Case> cases() {
        var cases = new ArrayList<Case>();
        for (Architecture network : Architecture.values()) {
            for (Activation activation : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    cases.add(new Case(network, activation, loss, 0, L2Form.KERNELS));
                    for (L2Form form : L2Form.values()) {
                        cases.add(new Case(network, activation, loss, L2, form));
                    }
                }
            }
        }
        return cases;
    }

    public static Result everyCase() {
        var entries = new ArrayList<Entry>();
        for (Case c : cases()) {
            entries.addAll(check(c));
        }
        return new Result(entries);
    }

    static List<Entry> check(Case c) {
        ModelSpec model = c.network().model(c.activation(), c.loss(), c.l2(), c.l2Form());
        ModelLayout layout = ModelLayout.of(model);
        var random = new SplittableRandom(11);
        int rows = 7;
        float[] x = new float[rows * layout.features()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-2, 2);
        }
        int[] labels = random.ints(rows, 0, layout.classes()).toArray();
        var masks = DropoutMasks.of(layout, 3);
        List<float[]> dropoutMasks = masks.buffers(rows);
        masks.fill(0, rows, dropoutMasks);
        // Biases start at zero; move them so that their gradients are exercised away from the origin.
        Weights initial = new Weights(InitialWeights.draw(model, 5).tensors().stream().map(t -> {
            if (!t.name().endsWith("/bias")) {
                return t;
            }
            float[] b = new float[t.values().length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (float) random.nextDouble(-0.5, 0.5);
            }
            return new NamedTensor(t.name(), t.shape(), b);
        }).toList());
        var net = new Network(model, initial, DataType.DOUBLE);
        net.forward(x, rows, dropoutMasks);
        net.backward(labels);

        var entries = new ArrayList<Entry>();
        for (Parameter p : net.parameters()) {
            DataBuffer w = p.value().data();
            double[] analytic = p.gradient().data().asDouble();
            double worst = 0;
            for (int i = 0; i < p.size(); i++) {
                double original = w.getDouble(i);
                w.put(i, original + H);
                net.forward(x, rows, dropoutMasks);
                double plus = net.loss(labels);
                w.put(i, original - H);
                net.forward(x, rows, dropoutMasks);
                double minus = net.loss(labels);
                w.put(i, original);
                double numeric = (plus - minus) / (2 * H);
                double scale = Math.max(Math.abs(numeric) + Math.abs(analytic[i]), SCALE_FLOOR);
                worst = Math.max(worst, Math.abs(numeric - analytic[i]) / scale);
            }
            entries.add(new Entry(c, p.name(), worst));
        }
        return entries;
    }
}
