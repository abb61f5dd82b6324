package optlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import optlab.data.Dataset;
import optlab.scratch.ScratchTrainer;
import optlab.spec.Activation;
import optlab.spec.Loss;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.testing.SmallCnn;
import optlab.tf.TensorFlowTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scratch network and the TensorFlow graph on a stack with every layer kind, from the same
 * weights on the same batches with the same dropout masks: equal probabilities, gradients and
 * weights to float32 rounding at every step, and evaluation without dropout on both.
 */
class LayerStackParityTest {

    private static final Dataset DATA = SmallCnn.images();

    @ParameterizedTest
    @ValueSource(strings = {"sgd(lr=0.1)", "momentum(lr=0.05)", "adam(lr=0.01)", "rmsprop(lr=0.01)", "adagrad(lr=0.1)"})
    void everyStepAgrees(String optimizerText) {
        OptimizerSpec optimizer = OptimizerCatalog.parse(optimizerText);
        for (Activation activation : List.of(Activation.RELU, Activation.TANH)) {
            ModelSpec model = SmallCnn.model(activation, Loss.CROSS_ENTROPY, 0.01);
            Weights initial = InitialWeights.draw(model, 7);
            var feed = new BatchFeed(DATA, 16, 5, ModelLayout.of(model));
            try (Trainer scratch = new ScratchTrainer(model, optimizer, initial);
                 Trainer tf = new TensorFlowTrainer(model, optimizer, initial, 1)) {
                assertClose(tf.gradients(feed.batch(0)), scratch.gradients(feed.batch(0)), 1e-5f, activation + " gradients");
                for (int k = 0; k < 30; k++) {
                    Batch batch = feed.batch(k);
                    float[] ps = scratch.step(batch, (float) optimizer.learningRate());
                    float[] pt = tf.step(batch, (float) optimizer.learningRate());
                    assertArrayEquals(pt, ps, 5e-5f, activation + " step " + k);
                }
                assertClose(tf.parameters(), scratch.parameters(), 5e-5f, activation + " weights");
                assertArrayEquals(tf.predict(DATA.x(), DATA.size()), scratch.predict(DATA.x(), DATA.size()), 5e-5f, activation + " predictions");
            }
        }
    }

    @Test
    void bothTrainersNameAndShapeTheParametersAlike() {
        ModelSpec model = SmallCnn.model();
        Weights initial = InitialWeights.draw(model, 7);
        try (Trainer scratch = new ScratchTrainer(model, OptimizerCatalog.parse("sgd"), initial);
             Trainer tf = new TensorFlowTrainer(model, OptimizerCatalog.parse("sgd"), initial, 1)) {
            List<String> expected = List.of("conv0/kernel 3x3x1x4", "conv0/bias 4", "conv1/kernel 2x2x4x3", "conv1/bias 3",
                    "dense0/kernel 27x8", "dense0/bias 8", "dense1/kernel 8x3", "dense1/bias 3");
            assertEquals(expected, scratch.parameters().tensors().stream().map(NamedTensor::describe).toList());
            assertEquals(expected, tf.parameters().tensors().stream().map(NamedTensor::describe).toList());
            assertEquals(expected, scratch.gradients(new BatchFeed(DATA, 4, 1, ModelLayout.of(model)).batch(0)).tensors().stream()
                    .map(NamedTensor::describe).toList());
        }
    }

    @Test
    void dropoutActsInTrainingOnlyAndTheMasksMatter() {
        ModelSpec model = SmallCnn.model();
        Weights initial = InitialWeights.draw(model, 7);
        Batch batch = new BatchFeed(DATA, 16, 5, ModelLayout.of(model)).batch(0);
        var undropped = new Batch(batch.x(), batch.labels(), batch.size(), batch.features(),
                batch.dropoutMasks().stream().map(m -> ones(m.length)).toList());
        try (Trainer scratch = new ScratchTrainer(model, OptimizerCatalog.parse("sgd"), initial);
             Trainer tf = new TensorFlowTrainer(model, OptimizerCatalog.parse("sgd"), initial, 1)) {
            for (Trainer t : List.of(scratch, tf)) {
                float[] evaluated = t.predict(batch.x(), batch.size());
                float[] keptAll = t.step(undropped, 0f);
                float[] dropped = t.step(batch, 0f);
                assertArrayEquals(evaluated, keptAll, 1e-6f, "evaluation drops nothing");
                assertTrue(maxDifference(evaluated, dropped) > 1e-3, "training drops units");
            }
            assertArrayEquals(tf.step(batch, 0f), scratch.step(batch, 0f), 1e-5f, "the same units dropped");
        }
    }

    @Test
    void convKernelsDrawGlorotWithKerasFans() {
        ModelSpec model = ModelSpec.stack(List.of(28, 28, 1), List.of(
                new optlab.spec.LayerSpec.Conv2d(32, 3, 1, optlab.spec.Padding.VALID, Activation.RELU),
                new optlab.spec.LayerSpec.Flatten(),
                new optlab.spec.LayerSpec.Dense(10, Activation.LINEAR)), 0.1, optlab.spec.Init.GLOROT, Loss.CROSS_ENTROPY, 0);
        NamedTensor kernel = InitialWeights.draw(model, 3).get("conv0/kernel");
        double limit = Math.sqrt(6.0 / (9 * 1 + 9 * 32));
        double max = 0;
        for (float w : kernel.values()) {
            max = Math.max(max, Math.abs(w));
        }
        assertEquals(List.of(3, 3, 1, 32), kernel.shape());
        assertTrue(max <= limit && max > 0.97 * limit, "max |w| " + max + " against the limit " + limit);
        assertTrue(Arrays.equals(new float[32], InitialWeights.draw(model, 3).get("conv0/bias").values()), "biases start at 0");
        assertNotEquals(kernel.values()[0], InitialWeights.draw(model, 4).get("conv0/kernel").values()[0], "the seed draws them");
    }

    private static float[] ones(int n) {
        float[] a = new float[n];
        Arrays.fill(a, 1f);
        return a;
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static void assertClose(Weights expected, Weights actual, float tolerance, String what) {
        assertEquals(expected.names(), actual.names(), what);
        for (NamedTensor t : expected.tensors()) {
            assertArrayEquals(t.values(), actual.get(t.name()).values(), tolerance, what + " " + t.name());
        }
    }
}
