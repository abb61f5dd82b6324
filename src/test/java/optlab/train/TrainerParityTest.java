package optlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import optlab.scratch.ScratchTrainer;
import optlab.spec.Activation;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.tf.TensorFlowTrainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** From the same weights on the same batches, both trainers take the same steps up to float32 rounding. */
class TrainerParityTest {

    private static final int FEATURES = 12;
    private static final int CLASSES = 4;
    private static final int BATCH = 8;

    @ParameterizedTest
    @ValueSource(strings = {"sgd(lr=0.1)", "momentum(lr=0.05, momentum=0.9)", "adam(lr=0.01)"})
    void stepsAgree(String optimizerText) {
        OptimizerSpec optimizer = OptimizerCatalog.parse(optimizerText);
        for (Activation activation : Activation.values()) {
            ModelSpec model = new ModelSpec(List.of(FEATURES, 10, 7, CLASSES), activation, 0.1, optlab.spec.Init.GLOROT);
            List<DenseParams> initial = InitialWeights.draw(model, 7);
            try (Trainer scratch = new ScratchTrainer(model, optimizer, initial);
                 Trainer tf = new TensorFlowTrainer(model, optimizer, initial, 1)) {
                var random = new SplittableRandom(3);
                for (int step = 0; step < 30; step++) {
                    Batch batch = randomBatch(random);
                    float[] ps = scratch.step(batch, (float) optimizer.learningRate());
                    float[] pt = tf.step(batch, (float) optimizer.learningRate());
                    assertArrayEquals(pt, ps, 2e-5f, activation + " step " + step);
                }
                List<DenseParams> ws = scratch.parameters();
                List<DenseParams> wt = tf.parameters();
                for (int l = 0; l < ws.size(); l++) {
                    assertArrayEquals(wt.get(l).weights(), ws.get(l).weights(), 2e-5f, activation + " layer " + l);
                    assertArrayEquals(wt.get(l).bias(), ws.get(l).bias(), 2e-5f, activation + " bias " + l);
                }
            }
        }
    }

    static Batch randomBatch(SplittableRandom random) {
        float[] x = new float[BATCH * FEATURES];
        int[] y = new int[BATCH];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextInt(CLASSES);
        }
        return new Batch(x, y, BATCH, FEATURES);
    }
}
