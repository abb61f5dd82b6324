package optlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import optlab.scratch.ScratchTrainer;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.tf.TensorFlowTrainer;
import org.junit.jupiter.api.Test;

/** Loaded weights come back exactly from both trainers and are what they predict and train from. */
class TrainerLoadTest {

    private static final ModelSpec MODEL = new ModelSpec(List.of(12, 10, 7, 4), Activation.TANH, 0.1, Init.GLOROT, optlab.spec.Loss.CROSS_ENTROPY, 0);
    private static final OptimizerSpec ADAM = OptimizerCatalog.parse("adam(lr=0.01)");

    @Test
    void loadedWeightsRoundTripAndDriveBothTrainersAlike() {
        Weights loaded = InitialWeights.draw(MODEL, 99);
        try (Trainer scratch = new ScratchTrainer(MODEL, ADAM, InitialWeights.draw(MODEL, 7));
             Trainer tf = new TensorFlowTrainer(MODEL, ADAM, InitialWeights.draw(MODEL, 7), 1)) {
            var random = new SplittableRandom(3);
            for (int step = 0; step < 3; step++) {
                Batch batch = TrainerParityTest.randomBatch(random);
                scratch.step(batch, 0.01f);
                tf.step(batch, 0.01f);
            }

            scratch.load(loaded);
            tf.load(loaded);

            assertExactly(loaded, scratch.parameters());
            assertExactly(loaded, tf.parameters());
            Batch batch = TrainerParityTest.randomBatch(random);
            assertArrayEquals(tf.predict(batch.x(), batch.size()), scratch.predict(batch.x(), batch.size()), 1e-5f);
            // The optimizers keep their state (Adam's moments and step count), so the next steps still agree.
            for (int step = 0; step < 3; step++) {
                Batch next = TrainerParityTest.randomBatch(random);
                assertArrayEquals(tf.step(next, 0.01f), scratch.step(next, 0.01f), 2e-5f, "step " + step);
            }
        }
    }

    @Test
    void weightsOfAnotherShapeAreRefused() {
        Weights other = InitialWeights.draw(new ModelSpec(List.of(12, 9, 7, 4), Activation.TANH, 0.1, Init.GLOROT, optlab.spec.Loss.CROSS_ENTROPY, 0), 1);
        String expected = "weights [dense0/kernel 12x9, dense0/bias 9, dense1/kernel 9x7, dense1/bias 7, dense2/kernel 7x4, dense2/bias 4]"
                + " do not fit a network of [dense0/kernel 12x10, dense0/bias 10, dense1/kernel 10x7, dense1/bias 7, dense2/kernel 7x4, dense2/bias 4]";
        try (Trainer scratch = new ScratchTrainer(MODEL, ADAM, InitialWeights.draw(MODEL, 7));
             Trainer tf = new TensorFlowTrainer(MODEL, ADAM, InitialWeights.draw(MODEL, 7), 1)) {
            assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> scratch.load(other)).getMessage());
            assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> tf.load(other)).getMessage());
        }
    }

    private static void assertExactly(Weights expected, Weights actual) {
        assertEquals(expected.names(), actual.names());
        for (NamedTensor t : expected.tensors()) {
            assertArrayEquals(t.values(), actual.get(t.name()).values(), t.name());
        }
    }
}
