package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The experiment-file settings of the landscape preset: features, no bias, feeding per optimizer, iterations, trajectories, views. */
class LandscapeFileTest {

    private static final String BASE = """
            preprocessing: pixel_stats
            model: {layers: [2, 10], bias: false, init: zeros}
            training: {iterations: 100, batch_size: full, log_every: 1, trajectory: true}
            """;

    private static ExperimentSpec parse(String yaml) {
        return ExperimentYaml.parse(yaml);
    }

    private static void assertFails(String yaml, String... fragments) {
        ExperimentYaml.assertFails(yaml, fragments);
    }

    @Test
    void thePresetIsTheCoursesSetup() {
        ExperimentSpec spec = ExperimentFile.resolve("landscape", Path.of("experiments"));

        assertEquals(Preprocessing.PIXEL_STATS, spec.preprocessing());
        assertEquals("2-10, no bias", spec.model().label());
        assertEquals(List.of("dense0/kernel"), ModelLayout.of(spec.model()).parameters().stream().map(ModelLayout.TensorSpec::name).toList());
        assertEquals(Init.ZEROS, spec.model().init());
        assertEquals(List.of("sgd", "sgd", "sgd", "nesterov-textbook", "adagrad-textbook", "rmsprop-textbook", "adam-paper"),
                spec.optimizers().stream().map(OptimizerSpec::name).toList());
        spec.optimizers().forEach(o -> assertEquals(0.1, o.learningRate(), 0, o.label()));
        assertEquals(1e-8, spec.optimizers().get(4).param("delta", 0), 0, "AdaGrad's delta outside the root, as the notebook has it");
        assertEquals(1e-8, spec.optimizers().get(5).param("delta", 0), 0);
        List<RunSpec> runs = spec.runs();
        assertEquals(10, runs.size(), "the three SGD feeds on both trainers, the course forms on the scratch network");
        RunSpec gd = runs.get(0);
        RunSpec sgd = runs.get(2);
        RunSpec miniBatch = runs.get(4);
        assertEquals("sgd(lr=0.1), full batch", spec.configuration(gd));
        assertEquals("sgd(lr=0.1), batch 1 with replacement", spec.configuration(sgd));
        assertEquals("sgd(lr=0.1), batch 64 with replacement", spec.configuration(miniBatch));
        assertEquals(100, gd.epochs(), "100 full-batch steps are 100 epochs");
        assertEquals(1, sgd.epochs(), "100 single-example steps lie within the first epoch");
        assertEquals(1, miniBatch.epochs());
        runs.forEach(r -> assertEquals(100, r.iterations()));
        runs.forEach(r -> assertEquals(1, r.trajectoryEvery()));
        assertEquals(LandscapeSpec.COURSE_AXES, spec.landscape().axes());
        assertEquals(100, spec.landscape().grid());
        assertTrue(spec.landscape().ownBase());
        assertEquals("batch per optimizer, 100 iterations", spec.trainingLabel());
    }

    @Test
    void theNewSettingsStayOutOfOlderRunsIds() {
        ExperimentSpec plain = parse("optimizers: [sgd]\n");
        ExperimentSpec fed = parse("optimizers: [{optimizer: sgd}]\n");

        assertEquals(plain.runs(), fed.runs(), "a mapping that changes nothing is the plain optimizer");
        assertNull(plain.batching());
        assertEquals(plain.runs().get(0).id(), fed.runs().get(0).id());
    }

    @Test
    void landscapePcaNeedsOnlyItsName() {
        ExperimentSpec spec = parse("optimizers: [sgd]\ntraining: {epochs: 1}\nlandscape: pca\n");

        assertEquals(LandscapeSpec.View.PCA, spec.landscape().view());
        assertEquals(31, spec.landscape().grid());
        assertEquals(200, spec.runs().get(0).trajectoryEvery(), "a landscape records the weights every log_every steps");
        assertEquals(Implementation.TENSORFLOW, spec.landscape().evaluator());
    }

    @Test
    void badSettingsNameTheKeyAndTheValue() {
        assertFails("training: {epochs: 3, iterations: 10}\noptimizers: [sgd]\n", "training.iterations", "give one");
        assertFails("training: {batch_size: half}\noptimizers: [sgd]\n", "training.batch_size", "'full'", "half");
        assertFails("training: {sampling: bootstrap}\noptimizers: [sgd]\n", "sampling", "with_replacement", "bootstrap");
        assertFails("optimizers: [{batch_size: 1}]\n", "optimizers[0].optimizer", "is missing");
        assertFails("optimizers: [{optimizer: sgd, batch: 1}]\n", "optimizers[0]", "batch");
        assertFails("model: {layers: [784, 10]}\npreprocessing: pixel_stats\noptimizers: [sgd]\n", "model.layers", "2 inputs", "[2, 10]");
        assertFails("model:\n  input: [28, 28, 1]\n  bias: false\n  layers: [{dense: {units: 10}}]\noptimizers: [sgd]\n", "model.bias",
                "dense: {units: 10, bias: false}");
        assertFails(BASE + "optimizers: [sgd]\nlandscape: {axes: ['dense0/kernel[2,0]', 'dense0/kernel[1,0]']}\n", "dense0/kernel[2,0]",
                "outside", "[2, 10]");
        assertFails(BASE + "optimizers: [sgd]\nlandscape: {axes: ['dense0/bias[0]', 'dense0/kernel[1,0]']}\n", "no tensor dense0/bias",
                "dense0/kernel");
        assertFails(BASE + "optimizers: [sgd]\nlandscape: {base: adam}\n", "landscape.base", "own, start or one of the experiment's", "adam");
        assertFails(BASE + "optimizers: [sgd]\nlandscape: {view: pca, base: start}\n", "landscape.base", "own", "start");
        assertFails(BASE + "optimizers: [sgd]\nlandscape: {grid: 1000}\n", "landscape.grid", "1000");
        assertFails(BASE + "optimizers: [sgd]\nlandscape: {view: contour}\n", "landscape view", "coordinates, pca or random");
        assertFails("training: {trajectory: -2}\noptimizers: [sgd]\n", "training.trajectory", "-2");
    }
}
