package optlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import optlab.data.BatchOrder;
import optlab.data.DataSplits;
import optlab.data.Dataset;
import optlab.results.RunResult;
import optlab.results.RunStatus;
import optlab.run.TrainerFactory;
import optlab.scratch.ScratchTrainer;
import optlab.spec.Activation;
import optlab.spec.EarlyStopping;
import optlab.spec.Implementation;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.Preprocessing;
import optlab.spec.RunSpec;
import optlab.testing.SyntheticData;
import org.junit.jupiter.api.Test;

/** The shared loop on synthetic data: batch order, bookkeeping, logging cadence, divergence and early stopping. */
class TrainingLoopTest {

    private static final int FEATURES = 5;

    @Test
    void feedsTheSeededOrderAndRecordsEveryEpochAndLogStep() {
        DataSplits data = synthetic(100, 1);
        RunSpec spec = spec("sgd(lr=0.1)", 3, 32, 2);
        var seen = new ArrayList<Integer>();
        Trainer recording = new RecordingTrainer(new ScratchTrainer(spec.model(), spec.optimizer(), InitialWeights.draw(spec.model(), 1)), data.train(), seen);

        RunResult result = new TrainingLoop(spec, data, TrainingListener.NONE).run(recording);

        assertEquals(RunStatus.COMPLETED, result.status());
        assertEquals(3, result.history().epochs().size());
        assertEquals(0, result.history().stoppedEpoch(), "no early stopping");
        assertEquals(0, result.history().bestEpoch());
        // 100 rows in batches of 32: 4 steps per epoch (the last has 4 rows), 12 steps, logged at 2, 4, ..., 12.
        assertEquals(6, result.history().iterations().size());
        assertEquals(12, result.history().iterations().get(5).step());
        var expected = new ArrayList<Integer>();
        for (int epoch = 1; epoch <= 3; epoch++) {
            for (int i : new BatchOrder(spec.seed(), 100).permutation(epoch)) {
                expected.add(i);
            }
        }
        assertEquals(expected, seen);
        assertTrue(result.history().last().trainLoss() < result.history().epochs().get(0).trainLoss());
        assertEquals(0.1, result.history().last().learningRate(), 1e-12);
    }

    @Test
    void stopsAndMarksADivergingRun() {
        DataSplits data = synthetic(200, 2);
        // Linear hidden units pass the huge weights on, so the logits overflow to infinity and softmax gives NaN.
        // (With tanh the hidden units saturate and the clamped loss stays finite: no divergence to detect.)
        RunSpec spec = spec("sgd(lr=1e30)", 5, 10, 1000, Activation.LINEAR);

        RunResult result = new TrainingLoop(spec, data, TrainingListener.NONE)
                .run(new ScratchTrainer(spec.model(), spec.optimizer(), InitialWeights.draw(spec.model(), 1)));

        assertEquals(RunStatus.DIVERGED, result.status());
        assertNull(result.evaluation());
        assertEquals(1, result.divergence().epoch());
        assertTrue(result.divergence().step() > 1 && result.divergence().step() <= 20, "step " + result.divergence().step());
        assertTrue(List.of("NaN", "Infinity").contains(result.divergence().loss()), result.divergence().loss());
    }

    @Test
    void earlyStoppingRestoresTheBestEpochsWeightsForTheFinalEvaluation() {
        RunSpec spec = stoppingSpec(Implementation.SCRATCH, new EarlyStopping(EarlyStopping.VAL_LOSS, 2, 0.02, true));

        RunResult result = train(spec);

        History history = result.history();
        assertTrue(history.stoppedEpoch() > 0 && history.stoppedEpoch() < spec.epochs(), "stopped at " + history.stoppedEpoch());
        assertEquals(history.stoppedEpoch(), history.epochs().size());
        assertEquals(history.stoppedEpoch() - 2, history.bestEpoch(), "patience 2: two epochs without improvement after the best");
        EpochStats best = history.epochs().get(history.bestEpoch() - 1);
        assertEquals(best.testLoss(), result.evaluation().loss(), "the final evaluation sees the best epoch's weights");
        assertEquals(best.testAccuracy(), result.evaluation().accuracy());
        assertNotEquals(history.last().testLoss(), result.evaluation().loss(), "the weights moved after the best epoch");
    }

    @Test
    void withoutRestoringTheFinalEvaluationSeesTheLastWeights() {
        RunResult result = train(stoppingSpec(Implementation.SCRATCH, new EarlyStopping(EarlyStopping.VAL_LOSS, 2, 0.02, false)));

        assertTrue(result.history().bestEpoch() < result.history().stoppedEpoch());
        assertEquals(result.history().last().testLoss(), result.evaluation().loss());
    }

    @Test
    void bothTrainersStopAtTheSameEpoch() {
        var stopping = new EarlyStopping(EarlyStopping.VAL_LOSS, 2, 0.02, true);

        History scratch = train(stoppingSpec(Implementation.SCRATCH, stopping)).history();
        History tensorflow = train(stoppingSpec(Implementation.TENSORFLOW, stopping)).history();

        assertTrue(scratch.stoppedEpoch() > 0);
        assertEquals(scratch.stoppedEpoch(), tensorflow.stoppedEpoch());
        assertEquals(scratch.bestEpoch(), tensorflow.bestEpoch());
    }

    private static RunResult train(RunSpec spec) {
        DataSplits data = new DataSplits(clusters(150, 1), clusters(60, 2), clusters(60, 3));
        try (Trainer trainer = TrainerFactory.create(spec, InitialWeights.draw(spec.model(), 1))) {
            return new TrainingLoop(spec, data, TrainingListener.NONE).run(trainer);
        }
    }

    private static RunSpec stoppingSpec(Implementation implementation, EarlyStopping stopping) {
        return new RunSpec("test", "synthetic", new ModelSpec(List.of(FEATURES, 8, 3), Activation.TANH, 0.1, optlab.spec.Init.GLOROT, optlab.spec.Loss.CROSS_ENTROPY, 0),
                OptimizerCatalog.parse("sgd(lr=0.05)"), implementation, 9, 30, 16, 1000, Preprocessing.SCALE, 0.2, 1, stopping);
    }

    private static RunSpec spec(String optimizer, int epochs, int batch, int logEvery) {
        return spec(optimizer, epochs, batch, logEvery, Activation.TANH);
    }

    private static RunSpec spec(String optimizer, int epochs, int batch, int logEvery, Activation activation) {
        return new RunSpec("test", "synthetic", new ModelSpec(List.of(FEATURES, 8, 3), activation, 0.1, optlab.spec.Init.GLOROT, Loss.CROSS_ENTROPY, 0),
                OptimizerCatalog.parse(optimizer), Implementation.SCRATCH, 9, epochs, batch, logEvery, Preprocessing.SCALE, 0, 1, null);
    }

    /** Three separable clusters, for training and testing. */
    private static DataSplits synthetic(int rows, long seed) {
        Dataset all = clusters(rows, seed);
        return new DataSplits(all, null, all);
    }

    private static Dataset clusters(int rows, long seed) {
        return SyntheticData.clusters(rows, FEATURES, seed, 2);
    }

    /** Passes steps through and remembers which rows each batch held, by matching feature rows. */
    private record RecordingTrainer(Trainer inner, Dataset data, List<Integer> seen) implements Trainer {
        @Override
        public float[] step(Batch batch, float learningRate) {
            for (int r = 0; r < batch.size(); r++) {
                seen.add(rowOf(batch, r));
            }
            return inner.step(batch, learningRate);
        }

        private int rowOf(Batch batch, int r) {
            outer:
            for (int i = 0; i < data.size(); i++) {
                for (int f = 0; f < FEATURES; f++) {
                    if (data.x()[i * FEATURES + f] != batch.x()[r * FEATURES + f]) {
                        continue outer;
                    }
                }
                return i;
            }
            throw new AssertionError("batch row not in the data set");
        }

        @Override
        public Weights gradients(Batch batch) {
            return inner.gradients(batch);
        }

        @Override
        public float[] predict(float[] x, int count) {
            return inner.predict(x, count);
        }

        @Override
        public Weights parameters() {
            return inner.parameters();
        }

        @Override
        public void load(Weights weights) {
            inner.load(weights);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
