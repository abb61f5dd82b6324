package optlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import optlab.data.DataSplits;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.results.RunResult;
import optlab.run.TrainerFactory;
import optlab.spec.Activation;
import optlab.spec.Implementation;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.Preprocessing;
import optlab.spec.RunSpec;
import optlab.testing.RealMnist;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a real MNIST subset (6,000 training and 2,000 test images, 2 epochs, 784-64-10): the two
 * trainers agree, and each gives identical results when run twice.
 */
class MnistParityTest {

    private static DataSplits data;

    @BeforeAll
    static void loadSubset() {
        RawMnist mnist = RealMnist.load();
        data = Preprocessor.prepare(mnist.train().head(6000), mnist.test().head(2000), Preprocessing.SCALE, 0, 42);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd(lr=0.01)", "momentum(lr=0.01, momentum=0.9)", "adam(lr=0.001)"})
    void trainersAgreeAndRepeatExactly(String optimizer) {
        RunResult scratch = run(optimizer, Implementation.SCRATCH);
        RunResult tensorflow = run(optimizer, Implementation.TENSORFLOW);

        double a = scratch.history().epochs().get(0).trainLoss();
        double b = tensorflow.history().epochs().get(0).trainLoss();
        assertTrue(Math.abs(a - b) / b < 1e-3, "first-epoch train loss " + a + " vs " + b);
        assertEquals(tensorflow.evaluation().accuracy(), scratch.evaluation().accuracy(), 0.005, "final test accuracy");
        // Chance is 0.10; plain SGD at lr 0.01 reaches about 0.77 in these 375 steps, Adam about 0.93.
        assertTrue(scratch.evaluation().accuracy() > 0.7, "learns: " + scratch.evaluation().accuracy());

        assertEquals(withoutTimes(scratch), withoutTimes(run(optimizer, Implementation.SCRATCH)), "scratch repeats exactly");
        assertEquals(withoutTimes(tensorflow), withoutTimes(run(optimizer, Implementation.TENSORFLOW)), "tensorflow repeats exactly");
    }

    private static RunResult run(String optimizer, Implementation implementation) {
        RunSpec spec = new RunSpec("parity", "mnist", ModelSpec.mlp(784, List.of(64), 10, Activation.RELU, Loss.CROSS_ENTROPY, 0),
                OptimizerCatalog.parse(optimizer), implementation, 42, 2, 32, 50, Preprocessing.SCALE, 0, 1, null);
        try (Trainer trainer = TrainerFactory.create(spec, InitialWeights.draw(spec.model(), spec.seed()))) {
            return new TrainingLoop(spec, data, TrainingListener.NONE).run(trainer);
        }
    }

    /** Every recorded number except wall-clock seconds, which no two runs share. */
    private static List<Object> withoutTimes(RunResult r) {
        var epochs = r.history().epochs().stream()
                .map(e -> List.of(e.trainLoss(), e.trainAccuracy(), e.testLoss(), e.testAccuracy())).toList();
        var rocs = r.evaluation().rocPerClass().stream().map(c -> List.of(c.auc(), c.falsePositiveRate().length)).toList();
        return List.of(epochs, r.history().iterations(), r.evaluation().loss(), r.evaluation().accuracy(),
                java.util.Arrays.deepToString(r.evaluation().confusion().counts()), rocs, r.evaluation().macroAuc());
    }
}
