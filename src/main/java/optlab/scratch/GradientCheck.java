package optlab.scratch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.train.DenseParams;
import optlab.train.InitialWeights;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Backprop against central finite differences of the whole objective, in float64, on a small
 * 6-5-4-3 network: every weight and bias of every layer, for every case: each activation with
 * each loss, without and with L2 decay.
 */
public final class GradientCheck {

    /** One network to check: its hidden activation, its loss and its L2 factor. */
    public record Case(Activation activation, Loss loss, double l2) {
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
            var sb = new StringBuilder(String.format(Locale.ROOT, "%-11s %-14s %-4s %-14s %s%n", "activation", "loss", "l2", "worst at",
                    "max relative error (finite differences, float64)"));
            for (Case c : entries.stream().map(Entry::check).distinct().toList()) {
                Entry worst = entries.stream().filter(e -> e.check().equals(c))
                        .max(Comparator.comparingDouble(Entry::maxRelativeError)).orElseThrow();
                sb.append(String.format(Locale.ROOT, "%-11s %-14s %-4s %-14s %.2e %s%n", c.activation().id(), c.loss().id(), c.l2(),
                        worst.parameter(), worst.maxRelativeError(), worst.maxRelativeError() < THRESHOLD ? "ok" : "FAIL"));
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

    /** Every activation with every loss, without decay and with {@link #L2}. */
    public static List<Case> cases() {
        var cases = new ArrayList<Case>();
        for (Activation activation : Activation.values()) {
            for (Loss loss : Loss.values()) {
                cases.add(new Case(activation, loss, 0));
                cases.add(new Case(activation, loss, L2));
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
        ModelSpec model = new ModelSpec(List.of(6, 5, 4, 3), c.activation(), 0.1, Init.GLOROT, c.loss(), c.l2());
        var random = new SplittableRandom(11);
        int rows = 7;
        float[] x = new float[rows * 6];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-2, 2);
        }
        int[] labels = random.ints(rows, 0, 3).toArray();
        // Biases start at zero; move them so that their gradients are exercised away from the origin.
        List<DenseParams> initial = InitialWeights.draw(model, 5).stream().map(p -> {
            float[] b = p.bias().clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = (float) random.nextDouble(-0.5, 0.5);
            }
            return new DenseParams(p.inputs(), p.outputs(), p.weights(), b);
        }).toList();
        Mlp net = new Mlp(initial, model, DataType.DOUBLE);
        net.forward(x, rows);
        net.backward(labels);

        var entries = new ArrayList<Entry>();
        for (Parameter p : net.parameters()) {
            DataBuffer w = p.value().data();
            double[] analytic = p.gradient().data().asDouble();
            double worst = 0;
            for (int i = 0; i < p.size(); i++) {
                double original = w.getDouble(i);
                w.put(i, original + H);
                net.forward(x, rows);
                double plus = net.loss(labels);
                w.put(i, original - H);
                net.forward(x, rows);
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
