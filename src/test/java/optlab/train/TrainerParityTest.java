package optlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import optlab.scratch.ScratchTrainer;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.L2Form;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.tf.TensorFlowTrainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * From the same weights on the same batches, both trainers take the same steps up to float32
 * rounding, for each objective: cross-entropy, Keras' MSE or the notebook's summed MSE, without L2
 * decay, with Keras' decay of the kernels and with the notebook's decay of every parameter.
 */
class TrainerParityTest {

    private static final int FEATURES = 12;
    private static final int CLASSES = 4;
    private static final int BATCH = 8;

    static Stream<Arguments> optimizersAndObjectives() {
        var cases = Stream.<Arguments>builder();
        for (String optimizer : List.of("sgd(lr=0.1)", "momentum(lr=0.05, momentum=0.9)", "adam(lr=0.01)")) {
            for (Loss loss : Loss.values()) {
                cases.add(Arguments.of(optimizer, loss, 0.0, L2Form.KERNELS));
                cases.add(Arguments.of(optimizer, loss, 0.01, L2Form.KERNELS));
                cases.add(Arguments.of(optimizer, loss, 0.01, L2Form.GRADIENT));
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}, {1}, l2 {2} {3}")
    @MethodSource("optimizersAndObjectives")
    void stepsAgree(String optimizerText, Loss loss, double l2, L2Form l2Form) {
        OptimizerSpec optimizer = OptimizerCatalog.parse(optimizerText);
        for (Activation activation : Activation.values()) {
            ModelSpec model = new ModelSpec(List.of(FEATURES, 10, 7, CLASSES), activation, 0.1, Init.GLOROT, loss, l2).withL2Form(l2Form);
            Weights initial = InitialWeights.draw(model, 7);
            try (Trainer scratch = new ScratchTrainer(model, optimizer, initial);
                 Trainer tf = new TensorFlowTrainer(model, optimizer, initial, 1)) {
                var random = new SplittableRandom(3);
                for (int step = 0; step < 30; step++) {
                    Batch batch = randomBatch(random);
                    float[] ps = scratch.step(batch, (float) optimizer.learningRate());
                    float[] pt = tf.step(batch, (float) optimizer.learningRate());
                    assertArrayEquals(pt, ps, 2e-5f, activation + " step " + step);
                }
                Weights wt = tf.parameters();
                for (NamedTensor t : scratch.parameters().tensors()) {
                    assertArrayEquals(wt.get(t.name()).values(), t.values(), 2e-5f, activation + " " + t.name());
                }
            }
        }
    }

    /** Dense layers without a bias, as the course's softmax regression has: same steps, and no bias tensor on either side. */
    @org.junit.jupiter.api.Test
    void stepsAgreeWithoutBiases() {
        OptimizerSpec optimizer = OptimizerCatalog.parse("adam(lr=0.01)");
        for (List<Integer> widths : List.of(List.of(FEATURES, CLASSES), List.of(FEATURES, 10, CLASSES))) {
            ModelSpec model = new ModelSpec(widths, Activation.TANH, 0.1, Init.GLOROT, Loss.CROSS_ENTROPY, 0.01).withBias(false);
            Weights initial = InitialWeights.draw(model, 7);
            try (Trainer scratch = new ScratchTrainer(model, optimizer, initial);
                 Trainer tf = new TensorFlowTrainer(model, optimizer, initial, 1)) {
                var random = new SplittableRandom(3);
                for (int step = 0; step < 30; step++) {
                    Batch batch = randomBatch(random);
                    assertArrayEquals(tf.step(batch, 0.01f), scratch.step(batch, 0.01f), 2e-5f, widths + " step " + step);
                }
                org.junit.jupiter.api.Assertions.assertEquals(tf.parameters().names(), scratch.parameters().names());
                org.junit.jupiter.api.Assertions.assertTrue(scratch.parameters().names().stream().noneMatch(n -> n.endsWith("bias")));
                for (NamedTensor t : scratch.parameters().tensors()) {
                    assertArrayEquals(tf.parameters().get(t.name()).values(), t.values(), 2e-5f, widths + " " + t.name());
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
