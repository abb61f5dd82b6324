package optlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import optlab.scratch.Network;
import optlab.scratch.ScratchTrainer;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.L2Form;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.tf.TensorFlowTrainer;
import org.junit.jupiter.api.Test;

/**
 * The objective on a 2-3 softmax layer small enough to do by hand. With
 * W = [[0, 0, ln 2], [ln 2, 0, 0]], b = 0 and the rows x1 = (1, 0) labelled 0, x2 = (0, 1)
 * labelled 2, the logits are z1 = xW = (0, 0, ln 2) and z2 = (ln 2, 0, 0), so
 * p1 = (1/4, 1/4, 1/2) and p2 = (1/2, 1/4, 1/4). Since x1 and x2 are unit vectors, dJ/dW's
 * row r is dJ/dz of row r (plus the decay), and dJ/db is the column sum of dJ/dz. Biases of 1 in
 * every class leave the probabilities as they are (softmax ignores a shift common to all logits), so
 * they show what decaying the biases adds.
 */
class ObjectiveGoldenTest {

    private static final double LN2 = Math.log(2);
    private static final float[] X = {1, 0, 0, 1};
    private static final int[] Y = {0, 2};
    private static final Weights WEIGHTS = new Weights(List.of(
            new NamedTensor("dense0/kernel", List.of(2, 3), new float[] {0, 0, (float) LN2, (float) LN2, 0, 0}),
            new NamedTensor("dense0/bias", List.of(3), new float[3])));
    private static final Weights UNIT_BIASES = new Weights(List.of(WEIGHTS.get("dense0/kernel"),
            new NamedTensor("dense0/bias", List.of(3), new float[] {1, 1, 1})));

    @Test
    void mseOnTheSoftmaxOutput() {
        // p - t: row 1 (-3/4, 1/4, 1/2), row 2 (1/2, 1/4, -3/4); each row's squares sum to 14/16.
        // J = (14/16 + 14/16) / (2 rows * 3 classes) = 7/24.
        // g = dJ/dp = 2 (p - t) / 6: row 1 (-1/4, 1/12, 1/6), row 2 (1/6, 1/12, -1/4); sum_c g_c p_c = 1/24 for both.
        // dJ/dz_j = p_j (g_j - 1/24): row 1 (1/4 * -7/24, 1/4 * 1/24, 1/2 * 3/24) = (-7, 1, 6) / 96, row 2 (6, 1, -7) / 96.
        double[] dW = {-7 / 96.0, 1 / 96.0, 6 / 96.0, 6 / 96.0, 1 / 96.0, -7 / 96.0};
        double[] db = {-1 / 96.0, 2 / 96.0, -1 / 96.0};

        assertObjective(model(Loss.MSE, 0), WEIGHTS, 7 / 24.0, dW, db);
    }

    @Test
    void mseSummedOverTheClasses() {
        // The notebook's form takes half the sum over the classes and divides by the 2 rows: J = (14/16 + 14/16) / 4 = 7/16,
        // and every gradient is 3/2 times Keras' (above): dJ/dz row 1 (-7, 1, 6) / 64, row 2 (6, 1, -7) / 64.
        double[] dW = {-7 / 64.0, 1 / 64.0, 6 / 64.0, 6 / 64.0, 1 / 64.0, -7 / 64.0};
        double[] db = {-1 / 64.0, 2 / 64.0, -1 / 64.0};

        assertObjective(model(Loss.MSE_SUM, 0), WEIGHTS, 7 / 16.0, dW, db);
    }

    @Test
    void l2DecayOfTheKernel() {
        // Cross-entropy: p[label] = 1/4 in both rows, so L = ln 4; dL/dz = (p - t) / 2:
        // row 1 (-3/8, 1/8, 1/4), row 2 (1/4, 1/8, -3/8).
        // Decay 0.1: J = L + 0.1 * (ln^2 2 + ln^2 2); dJ/dW = dL/dW + 0.2 W, which adds 0.2 ln 2 where W holds ln 2.
        double lambda = 0.1;
        double[] dW = {-3 / 8.0, 1 / 8.0, 1 / 4.0 + 2 * lambda * LN2, 1 / 4.0 + 2 * lambda * LN2, 1 / 8.0, -3 / 8.0};
        double[] db = {-1 / 8.0, 1 / 4.0, -1 / 8.0};

        assertObjective(model(Loss.CROSS_ENTROPY, lambda), WEIGHTS, Math.log(4) + lambda * 2 * LN2 * LN2, dW, db);
    }

    @Test
    void kerasDecayLeavesTheBiasesAlone() {
        double lambda = 0.1;
        double[] dW = {-3 / 8.0, 1 / 8.0, 1 / 4.0 + 2 * lambda * LN2, 1 / 4.0 + 2 * lambda * LN2, 1 / 8.0, -3 / 8.0};
        double[] db = {-1 / 8.0, 1 / 4.0, -1 / 8.0};

        assertObjective(model(Loss.CROSS_ENTROPY, lambda), UNIT_BIASES, Math.log(4) + lambda * 2 * LN2 * LN2, dW, db);
    }

    @Test
    void l2DecayOfEveryParameter() {
        // The notebook's form decays the biases too: J = ln 4 + 0.1 * (2 ln^2 2 + 3 * 1^2), dJ/db = dL/db + 0.2 * 1.
        double lambda = 0.1;
        double[] dW = {-3 / 8.0, 1 / 8.0, 1 / 4.0 + 2 * lambda * LN2, 1 / 4.0 + 2 * lambda * LN2, 1 / 8.0, -3 / 8.0};
        double[] db = {-1 / 8.0 + 2 * lambda, 1 / 4.0 + 2 * lambda, -1 / 8.0 + 2 * lambda};

        assertObjective(model(Loss.CROSS_ENTROPY, lambda).withL2Form(L2Form.GRADIENT), UNIT_BIASES,
                Math.log(4) + lambda * (2 * LN2 * LN2 + 3), dW, db);
    }

    /** The scratch network's objective and gradient in float64, and both trainers' gradients in float32. */
    private static void assertObjective(ModelSpec model, Weights weights, double objective, double[] dW, double[] db) {
        var net = new Network(model, weights, org.nd4j.linalg.api.buffer.DataType.DOUBLE);
        net.forward(X, 2, List.of());
        net.backward(Y);
        assertEquals(objective, net.loss(Y), 1e-8, "objective");
        assertArrayEquals(dW, net.parameters().get(0).gradient().data().asDouble(), 1e-8, "scratch float64 dJ/dW");
        assertArrayEquals(db, net.parameters().get(1).gradient().data().asDouble(), 1e-8, "scratch float64 dJ/db");

        var sgd = OptimizerCatalog.parse("sgd");
        var batch = new Batch(X, Y, 2, 2);
        try (Trainer scratch = new ScratchTrainer(model, sgd, weights);
             Trainer tensorflow = new TensorFlowTrainer(model, sgd, weights, 1)) {
            for (Trainer trainer : List.of(scratch, tensorflow)) {
                Weights gradient = trainer.gradients(batch);
                assertArrayEquals(toFloats(dW), gradient.get("dense0/kernel").values(), 1e-6f, trainer.getClass().getSimpleName() + " dJ/dW");
                assertArrayEquals(toFloats(db), gradient.get("dense0/bias").values(), 1e-6f, trainer.getClass().getSimpleName() + " dJ/db");
            }
        }
    }

    private static ModelSpec model(Loss loss, double l2) {
        return new ModelSpec(List.of(2, 3), Activation.RELU, 0.1, Init.GLOROT, loss, l2);
    }

    private static float[] toFloats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }
}
