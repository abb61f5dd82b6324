package optlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import optlab.results.RunResult;
import optlab.data.DataSplits;
import optlab.data.Dataset;
import optlab.run.TrainerFactory;
import optlab.spec.Activation;
import optlab.spec.Implementation;
import optlab.spec.Init;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.Preprocessing;
import optlab.spec.RunSpec;
import optlab.testing.SyntheticData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A schedule reaches both trainers the same way: the same rates, the same weights at the end, unlike a constant rate. */
class ScheduledParityTest {

    private static final int FEATURES = 6;

    @ParameterizedTest
    @ValueSource(strings = {"sgd(lr=0.2) @ linear(end_lr=0.002)", "momentum(lr=0.05) @ step(factor=0.3)",
            "adam(lr=0.01) @ cosine", "sgd(lr=0.2) @ exponential(rate=0.5)"})
    void bothTrainersFollowTheSchedule(String optimizer) {
        DataSplits data = synthetic();
        List<NamedTensor> scratch = train(optimizer, Implementation.SCRATCH, data).tensors();
        List<NamedTensor> tensorflow = train(optimizer, Implementation.TENSORFLOW, data).tensors();
        List<NamedTensor> constant = train(optimizer.substring(0, optimizer.indexOf('@')), Implementation.SCRATCH, data).tensors();

        for (int t = 0; t < scratch.size(); t++) {
            assertArrayEquals(tensorflow.get(t).values(), scratch.get(t).values(), 2e-5f, scratch.get(t).name());
        }
        assertNotEquals(constant.get(0).values()[0], scratch.get(0).values()[0], "the schedule changed the steps");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd(lr=0.2) @ step(factor=0.5)"})
    void epochsRecordTheRateOfTheirLastUpdate(String optimizer) {
        RunResult result = run(optimizer, Implementation.SCRATCH, synthetic());
        assertEquals(0.2, result.history().epochs().get(0).learningRate(), 1e-12);
        assertEquals(0.1, result.history().epochs().get(1).learningRate(), 1e-12);
        assertEquals(0.05, result.history().epochs().get(2).learningRate(), 1e-12);
    }

    private static Weights train(String optimizer, Implementation implementation, DataSplits data) {
        RunSpec spec = spec(optimizer, implementation);
        try (Trainer trainer = TrainerFactory.create(spec, InitialWeights.draw(spec.model(), 3))) {
            new TrainingLoop(spec, data, TrainingListener.NONE).run(trainer);
            return trainer.parameters();
        }
    }

    private static RunResult run(String optimizer, Implementation implementation, DataSplits data) {
        RunSpec spec = spec(optimizer, implementation);
        try (Trainer trainer = TrainerFactory.create(spec, InitialWeights.draw(spec.model(), 3))) {
            return new TrainingLoop(spec, data, TrainingListener.NONE).run(trainer);
        }
    }

    private static RunSpec spec(String optimizer, Implementation implementation) {
        return new RunSpec("test", "synthetic", new ModelSpec(List.of(FEATURES, 8, 3), Activation.TANH, 0.1, Init.GLOROT, Loss.CROSS_ENTROPY, 0),
                OptimizerCatalog.parse(optimizer), implementation, 5, 3, 10, 1000, Preprocessing.SCALE, 0, 1, null);
    }

    private static DataSplits synthetic() {
        Dataset all = SyntheticData.clusters(60, FEATURES, 4, 1.5);
        return new DataSplits(all, null, all);
    }
}
