package optlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import optlab.data.BatchOrder;
import optlab.data.DataSplits;
import optlab.data.Dataset;
import optlab.results.RunResult;
import optlab.scratch.ScratchTrainer;
import optlab.spec.Activation;
import optlab.spec.Device;
import optlab.spec.Implementation;
import optlab.spec.Init;
import optlab.spec.Loss;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.Preprocessing;
import optlab.spec.RunSpec;
import optlab.spec.Sampling;
import optlab.testing.SyntheticData;
import org.junit.jupiter.api.Test;

/** Full batches, sampling with replacement, a fixed number of iterations, and the trajectory a run records. */
class LandscapeFeedingTest {

    private static final ModelSpec MODEL = new ModelSpec(List.of(4, 3), Activation.RELU, 0.1, Init.ZEROS, Loss.CROSS_ENTROPY, 0)
            .withBias(false);
    private static final Dataset DATA = SyntheticData.clusters(100, 4, 3, 1.5);

    @Test
    void samplingWithReplacementDrawsFullBatchesAfreshEveryStep() {
        var feed = new BatchFeed(DATA, 8, 11, ModelLayout.of(MODEL), Sampling.WITH_REPLACEMENT);
        int[] drawn = new BatchOrder(11, 100).draw(3, 8);

        Batch batch = feed.batch(3);

        assertEquals(8, batch.size());
        for (int i = 0; i < 8; i++) {
            assertEquals(DATA.labels()[drawn[i]], batch.labels()[i]);
            assertArrayEquals(Arrays.copyOfRange(DATA.x(), drawn[i] * 4, drawn[i] * 4 + 4), Arrays.copyOfRange(batch.x(), i * 4, i * 4 + 4));
        }
        assertArrayEquals(drawn, new BatchOrder(11, 100).draw(3, 8), "a step's rows depend on the seed and step alone");
        assertNotEquals(Arrays.toString(drawn), Arrays.toString(new BatchOrder(11, 100).draw(4, 8)));
        assertEquals(8, feed.batch(12).size(), "no short last batch: 100 rows in 8s would leave 4 at step 12");
    }

    @Test
    void drawsAreUniformWithReplacement() {
        int[] counts = new int[10];
        int repeated = 0;
        for (long step = 0; step < 2000; step++) {
            int[] rows = new BatchOrder(5, 10).draw(step, 5);
            repeated += Arrays.stream(rows).distinct().count() < 5 ? 1 : 0;
            for (int r : rows) {
                counts[r]++;
            }
        }
        for (int c : counts) {
            assertEquals(1000, c, 120, Arrays.toString(counts));
        }
        assertTrue(repeated > 1000, "5 draws from 10 repeat a row in 70% of steps");
    }

    @Test
    void iterationsCutTheLastEpochShortAndTheTrajectoryHoldsEveryPointAsked() {
        RunSpec spec = spec(32, null, 6, 4);
        RunResult result = train(spec);

        assertEquals(2, result.history().epochs().size(), "6 steps of 32 from 100 rows: an epoch of 4 steps and one of 2");
        assertEquals(List.of(0L, 4L, 6L), result.trajectory().steps(), "the start, every 4 steps, and the last");
        assertArrayEquals(new float[12], result.trajectory().points().get(0), "zero init");
        assertEquals(6, result.history().iterations().get(5).step());
        double meanOfSecondEpoch = (result.history().iterations().get(4).trainLoss() * 32 + result.history().iterations().get(5).trainLoss() * 32)
                / 64;
        assertEquals(meanOfSecondEpoch, result.history().epochs().get(1).trainLoss(), 1e-12, "an epoch's loss is the mean over the rows it saw");
    }

    @Test
    void fullBatchStepsTakeTheWholeTrainingSplit() {
        RunSpec spec = spec(RunSpec.FULL_BATCH, null, 3, 1);
        var sizes = new java.util.ArrayList<Integer>();
        try (Trainer inner = new ScratchTrainer(spec.model(), spec.optimizer(), InitialWeights.draw(spec.model(), 1))) {
            Trainer counting = new Trainer() {
                public float[] step(Batch batch, float learningRate) {
                    sizes.add(batch.size());
                    return inner.step(batch, learningRate);
                }

                public Weights gradients(Batch batch) {
                    return inner.gradients(batch);
                }

                public float[] predict(float[] x, int count) {
                    return inner.predict(x, count);
                }

                public Weights parameters() {
                    return inner.parameters();
                }

                public void load(Weights weights) {
                    inner.load(weights);
                }

                public void close() {
                }
            };
            RunResult result = new TrainingLoop(spec, new DataSplits(DATA, null, DATA), TrainingListener.NONE).run(counting);
            assertEquals(3, result.history().epochs().size());
        }
        assertEquals(List.of(100, 100, 100), sizes);
        assertEquals("full batch", spec.batchingLabel());
    }

    @Test
    void aRunWithoutATrajectoryRecordsNone() {
        assertNull(train(spec(32, Sampling.WITH_REPLACEMENT, 5, 0)).trajectory());
        assertSame(null, spec(32, Sampling.SHUFFLE, 5, 0).sampling(), "shuffling is the default, not stored");
    }

    private static RunResult train(RunSpec spec) {
        try (Trainer trainer = new ScratchTrainer(spec.model(), spec.optimizer(), InitialWeights.draw(spec.model(), 1))) {
            return new TrainingLoop(spec, new DataSplits(DATA, null, DATA), TrainingListener.NONE).run(trainer);
        }
    }

    private static RunSpec spec(int batch, Sampling sampling, int iterations, int trajectoryEvery) {
        return new RunSpec("test", "synthetic", MODEL, OptimizerCatalog.parse("sgd(lr=0.1)"), Implementation.SCRATCH, 9, 2, batch, 1,
                Preprocessing.SCALE, 0, 1, null, false, Device.CPU, iterations, sampling, trajectoryEvery);
    }
}
