package optlab.scratch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import optlab.scratch.activation.ActivationFunction;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.ModelSpec;
import optlab.train.InitialWeights;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Backprop against central finite differences, in float64, for every parameter of every layer
 * and every activation: relative error below 1e-6.
 */
class GradientCheckTest {

    private static final double H = 1e-6;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void backpropMatchesFiniteDifferences(Activation activation) {
        ModelSpec model = new ModelSpec(List.of(6, 5, 4, 3), activation, 0.1, Init.GLOROT);
        var random = new SplittableRandom(11);
        int rows = 7;
        float[] x = new float[rows * 6];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-2, 2);
        }
        int[] labels = random.ints(rows, 0, 3).toArray();
        // Biases start at zero; move them so that their gradients are exercised away from the origin.
        var initial = InitialWeights.draw(model, 5).stream().map(p -> {
            float[] b = p.bias().clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = (float) random.nextDouble(-0.5, 0.5);
            }
            return new optlab.train.DenseParams(p.inputs(), p.outputs(), p.weights(), b);
        }).toList();
        Mlp net = new Mlp(initial, ActivationFunction.of(activation, 0.1), DataType.DOUBLE);
        net.forward(x, rows);
        net.backward(labels);

        for (Parameter p : net.parameters()) {
            DataBuffer w = p.value().data();
            DataBuffer g = p.gradient().data();
            double[] analytic = g.asDouble();
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
                double error = Math.abs(numeric - analytic[i]) / Math.max(1e-8, Math.abs(numeric) + Math.abs(analytic[i]));
                assertTrue(error < 1e-6 || Math.abs(numeric - analytic[i]) < 1e-9,
                        activation + " " + p.name() + "[" + i + "]: backprop " + analytic[i] + ", finite difference " + numeric);
            }
        }
    }
}
