package optlab.scratch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import optlab.scratch.activation.ActivationFunction;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.ModelSpec;
import optlab.train.DenseParams;
import optlab.train.InitialWeights;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Backprop against central finite differences, in float64, on a small 6-5-4-3 network: every
 * weight and bias of every layer, for each activation, with the softmax cross-entropy loss.
 */
public final class GradientCheck {

    /** The largest relative error of one parameter tensor: |numeric - backprop| / (|numeric| + |backprop|). */
    public record Entry(Activation activation, String parameter, double maxRelativeError) {
    }

    /** Every entry of a check; passed when each error is below {@link #THRESHOLD}. */
    public record Result(List<Entry> entries) {

        public boolean passed() {
            return entries.stream().allMatch(e -> e.maxRelativeError() < THRESHOLD);
        }

        public String table() {
            var sb = new StringBuilder(String.format(Locale.ROOT, "%-11s %-10s %s%n", "activation", "parameter", "max relative error (finite differences, float64)"));
            for (Entry e : entries) {
                sb.append(String.format(Locale.ROOT, "%-11s %-10s %.2e %s%n", e.activation().id(), e.parameter(), e.maxRelativeError(),
                        e.maxRelativeError() < THRESHOLD ? "ok" : "FAIL"));
            }
            return sb.toString();
        }
    }

    public static final double THRESHOLD = 1e-6;
    private static final double H = 1e-6;
    /** Gradients smaller than this are zero up to the finite differences' own noise (about 1e-10). */
    private static final double SCALE_FLOOR = 1e-4;

    private GradientCheck() {
    }

    public static Result everyActivation() {
        var entries = new ArrayList<Entry>();
        for (Activation activation : Activation.values()) {
            entries.addAll(check(activation));
        }
        return new Result(entries);
    }

    static List<Entry> check(Activation activation) {
        ModelSpec model = new ModelSpec(List.of(6, 5, 4, 3), activation, 0.1, Init.GLOROT);
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
        Mlp net = new Mlp(initial, ActivationFunction.of(activation, 0.1), DataType.DOUBLE);
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
            entries.add(new Entry(activation, p.name(), worst));
        }
        return entries;
    }
}
