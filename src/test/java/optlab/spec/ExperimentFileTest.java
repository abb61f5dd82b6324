package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Experiment files: every preset loads, and a bad file fails on load with one line naming the key. */
class ExperimentFileTest {

    private static final Path PRESETS = Path.of("experiments");

    private static ExperimentSpec parse(String yaml) {
        return ExperimentYaml.parse(yaml);
    }

    private static void assertFails(String yaml, String... fragments) {
        ExperimentYaml.assertFails(yaml, fragments);
    }

    @Test
    void everyPresetLoadsByName() {
        List<String> names = ExperimentFile.names(PRESETS);
        assertTrue(names.containsAll(List.of("optimizers", "keras-baseline", "deep", "activations", "schedules", "tuned-optimizers")), names.toString());
        for (String name : names) {
            ExperimentSpec spec = ExperimentFile.resolve(name, PRESETS);
            assertEquals(name, spec.name());
            assertFalse(spec.runs().isEmpty(), name);
        }
    }

    @Test
    void theExampleStudyUsesEveryFeature() {
        ExperimentSpec spec = ExperimentFile.resolve("experiments/examples/small-study.yaml", PRESETS);
        assertEquals(2, spec.variants().size());
        assertEquals(2, spec.repeats());
        assertEquals(List.of(0.01, 0.1, 1.0), spec.tune().learningRates());
        assertEquals(new EarlyStopping("val_accuracy", 1, 0.002, true), spec.earlyStopping());
        assertEquals(2 * 2 * 3, spec.tuningRuns().size());
        assertEquals(2 * 2 * 2 * 2, spec.runs().size());
    }

    @Test
    void defaultPresetIsTheMission() {
        ExperimentSpec spec = ExperimentFile.resolve(ExperimentFile.DEFAULT, PRESETS);
        assertEquals(List.of(784, 128, 10), spec.model().layers());
        assertEquals(List.of("sgd(lr=0.01)", "momentum(lr=0.01, momentum=0.9)", "adam(lr=0.001, beta1=0.9, beta2=0.999, epsilon=1e-08)"),
                spec.optimizers().stream().map(OptimizerSpec::label).toList());
        assertEquals(6, spec.runs().size(), "3 optimizers x 2 implementations x 1 seed");
        assertEquals(10, spec.epochs());
        assertEquals(32, spec.batchSize());
        assertEquals(42, spec.seed());
    }

    @Test
    void presetByPathEqualsPresetByName() {
        assertEquals(ExperimentFile.resolve("activations", PRESETS), ExperimentFile.resolve("experiments/activations.yaml", PRESETS));
    }

    @Test
    void varyMakesOneVariantPerCombination() {
        ExperimentSpec spec = parse("""
                model: {layers: [784, 16, 10]}
                vary:
                  activation: [sigmoid, tanh]
                  init: [glorot, he]
                optimizers: [sgd, adam]
                implementations: [scratch]
                repeats: 3
                """);
        assertEquals(List.of("activation=sigmoid, init=glorot", "activation=sigmoid, init=he", "activation=tanh, init=glorot",
                "activation=tanh, init=he"), spec.variants().stream().map(Variant::label).toList());
        assertEquals(Activation.TANH, spec.variants().get(3).model().activation());
        assertEquals(Init.HE, spec.variants().get(3).model().init());
        assertEquals(4 * 2 * 3, spec.runs().size());
        assertEquals(List.of(42L, 43L, 44L), spec.seeds());
        assertEquals("activation=tanh, init=he · adam(lr=0.001, beta1=0.9, beta2=0.999, epsilon=1e-08)", spec.configuration(spec.runs().get(23)));
    }

    @Test
    void lossAndWeightDecayPresetsRunTheNotebooksSetupAndForms() {
        ExperimentSpec losses = ExperimentFile.resolve("losses", PRESETS);
        assertEquals(List.of(Loss.CROSS_ENTROPY, Loss.MSE_SUM), losses.variants().stream().map(v -> v.model().loss()).toList());
        assertEquals(List.of(784, 500, 250, 100, 10), losses.model().layers());
        assertEquals(List.of(64, 15, 2 * 2), List.of(losses.batchSize(), losses.epochs(), losses.runs().size()));
        assertEquals(Preprocessing.STANDARDIZE, losses.preprocessing());
        ExperimentSpec decay = ExperimentFile.resolve("weight-decay", PRESETS);
        assertEquals(List.of(0.5, 0.1, 0.01, 0.001, 0.0), decay.variants().stream().map(v -> v.model().l2()).toList());
        assertEquals(List.of(L2Form.GRADIENT, L2Form.GRADIENT, L2Form.GRADIENT, L2Form.GRADIENT, L2Form.KERNELS),
                decay.variants().stream().map(v -> v.model().l2Form()).toList(), "no decay has no form");
        assertEquals(List.of(784, 500, 250, 100, 10), decay.model().layers());
        assertEquals("l2=0.01", decay.variants().get(2).label());
        ExperimentSpec small = ExperimentFile.resolve("weight-decay-small", PRESETS);
        assertEquals(L2Form.KERNELS, small.variants().get(0).model().l2Form());
        assertEquals(List.of(Loss.CROSS_ENTROPY, Loss.MSE),
                ExperimentFile.resolve("losses-small", PRESETS).variants().stream().map(v -> v.model().loss()).toList());
        assertFails("optimizers: [sgd]\nvary: {l2: [0.1, -0.1]}", "vary.l2", "-0.1");
        assertFails("optimizers: [sgd]\nmodel: {loss: hinge}", "model.loss", "'hinge'");
        assertFails("optimizers: [sgd]\nmodel: {l2: 0.1, l2_form: biases}", "model.l2_form", "'biases'", "kernels or gradient");
    }

    @Test
    void theFormOfDecayCanBeVaried() {
        ExperimentSpec spec = parse("optimizers: [sgd]\nmodel: {l2: 0.1}\nvary: {l2_form: [kernels, gradient]}");
        assertEquals(List.of(L2Form.KERNELS, L2Form.GRADIENT), spec.variants().stream().map(v -> v.model().l2Form()).toList());
        assertEquals("l2_form=gradient", spec.variants().get(1).label());
    }

    @Test
    void theRmspropFormsStudySetsTheThreeFormsSideBySide() {
        ExperimentSpec spec = ExperimentFile.resolve("rmsprop-forms", PRESETS);
        assertEquals(List.of("rmsprop", "keras-rmsprop", "rmsprop-notebook"), spec.optimizers().stream().map(OptimizerSpec::name).toList());
        assertTrue(spec.description().contains("about 30 times larger"), spec.description());
    }

    @Test
    void tuneGridIsLogarithmicAndSearchesOnTheFirstSeedOnly() {
        ExperimentSpec spec = parse("""
                validation: 0.1
                optimizers: [sgd, adam]
                repeats: 3
                tune: {lr: {from: 0.001, to: 1, per_decade: 1}, epochs: 2}
                """);
        assertEquals(List.of(0.001, 0.01, 0.1, 1.0), spec.tune().learningRates());
        assertEquals(8, spec.tuningRuns().size());
        assertTrue(spec.tuningRuns().stream().allMatch(r -> r.seed() == 42 && r.epochs() == 2 && r.implementation() == Implementation.SCRATCH));
        assertEquals(List.of(0.0001, 0.000316, 0.001), TuneSpec.logGrid(1e-4, 1e-3, 2));
    }

    @Test
    void withoutTuneThereIsNoSearch() {
        ExperimentSpec spec = parse("optimizers: [sgd]");
        assertNull(spec.tune());
        assertTrue(spec.tuningRuns().isEmpty());
    }

    @Test
    void typoInAKeyIsNamedWithTheClosestKey() {
        assertFails("optimizers: [sgd]\ntraining: {epoch: 3}", "unknown key 'training.epoch'", "did you mean 'epochs'?");
        assertFails("optimizer: [sgd]", "unknown key 'optimizer'", "did you mean 'optimizers'?");
    }

    @Test
    void unknownNamesAreNamed() {
        assertFails("optimizers: [sgd]\nmodel: {activation: relux}", "model.activation", "unknown activation 'relux'");
        assertFails("optimizers: [sgd]\nvary: {activation: [relu, swish]}", "vary.activation", "unknown activation 'swish'");
        assertFails("optimizers: [sgd, adamw]", "optimizers[1]", "unknown optimizer 'adamw'");
        assertFails("optimizers: [sgd]\nimplementations: [scratch, pytorch]", "implementations[1]", "'pytorch'");
        assertFails("optimizers: [sgd]\nstudy: {metric: f1}", "study.metric", "'f1'");
        assertFails("optimizers: [sgd]\ndataset: cifar10", "dataset", "mnist");
    }

    @Test
    void impossibleValuesAreNamed() {
        assertFails("optimizers: [sgd]\ntraining: {epochs: 0}", "training.epochs", "positive", "0");
        assertFails("optimizers: [sgd]\ntraining: {batch_size: many}", "training.batch_size", "whole number", "'many'");
        assertFails("optimizers: [sgd]\nvalidation: 1.5", "validation", "in [0, 1)", "1.5");
        assertFails("optimizers: [sgd]\nmodel: {layers: [784, -3, 10]}", "model.layers[1]", "-3");
        assertFails("optimizers: [sgd]\nmodel: {layers: [784, 128, 12]}", "model.layers", "10 classes");
        assertFails("optimizers: ['sgd(lr=-1)']", "optimizers[0]", "-1");
        assertFails("optimizers: [sgd]\nrepeats: 0", "repeats", "0");
        assertFails("optimizers: [sgd]\ntune: {lr: [0.1, 0.01]}", "tune needs a validation split");
        assertFails("optimizers: [sgd]\nvalidation: 0.1\ntune: {lr: {from: 1, to: 0.1}}", "tune.lr", "from 1.0 to 0.1");
        assertFails("optimizers: []", "optimizers", "at least one");
    }

    @Test
    void earlyStoppingIsReadAndChecked() {
        ExperimentSpec spec = parse("optimizers: [sgd]\nvalidation: 0.1\ntraining: {early_stopping: {monitor: val_accuracy, patience: 2}}");
        assertEquals(new EarlyStopping("val_accuracy", 2, 0, true), spec.runs().get(0).earlyStopping());
        assertFails("optimizers: [sgd]\ntraining: {early_stopping: {patience: 2}}", "early_stopping needs a validation split");
        assertFails("optimizers: [sgd]\nvalidation: 0.1\ntraining: {early_stopping: {patience: 0}}", "training.early_stopping.patience", "0");
        assertFails("optimizers: [sgd]\nvalidation: 0.1\ntraining: {early_stopping: {monitor: loss}}", "early_stopping.monitor", "'loss'");
        assertFails("optimizers: [sgd]\nvalidation: 0.1\ntraining: {early_stopping: {patients: 2}}", "did you mean 'patience'?");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        assertFails("optimizers: [sgd\ntraining: {epochs: 3}", "not valid YAML", "line");
    }

    @Test
    void unknownPresetListsTheAvailableOnes() {
        var e = assertThrows(SpecException.class, () -> ExperimentFile.resolve("optimisers", PRESETS));
        assertTrue(e.getMessage().contains("unknown experiment 'optimisers'") && e.getMessage().contains("keras-baseline"), e.getMessage());
        var missing = assertThrows(SpecException.class, () -> ExperimentFile.resolve("no/such.yaml", PRESETS));
        assertTrue(missing.getMessage().contains("no/such.yaml does not exist"), missing.getMessage());
    }

    @Test
    void runIdsAreKeyedByAHashOfTheSpec() {
        ExperimentSpec spec = parse("optimizers: [sgd]\nvary: {activation: [relu, tanh]}\nimplementations: [scratch]");
        List<RunSpec> runs = spec.runs();
        assertTrue(runs.get(0).id().matches("sgd-lr-0\\.01-scratch-seed42-[0-9a-f]{10}"), runs.get(0).id());
        assertFalse(runs.get(0).id().equals(runs.get(1).id()), "same optimizer, different model");
        ExperimentSpec renamed = parse("name: other\noptimizers: [sgd]\nvary: {activation: [relu, tanh]}\nimplementations: [scratch]");
        assertEquals(runs.get(0).id(), renamed.runs().get(0).id(), "the experiment's name is not part of a run");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertFails("optimizers: [sgd]\noptimizers: [adam]\n", "Duplicate field 'optimizers'", "line 2");
        assertFails("optimizers: [sgd]\ntraining:\n  epochs: 1\n  epochs: 2\n", "Duplicate field 'epochs'");
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertFails("optimizers: [sgd]\n---\noptimizers: [adam]\n", "more than one YAML document", "line 3");
    }

    @Test
    void anAliasIsRefused() {
        assertFails("optimizers: &opts [sgd]\nimplementations: *opts\n", "'implementations'", "alias *opts");
        assertFails("optimizers: [&o sgd, *o]\n", "alias *o");
    }

    @Test
    void anOptimizerOrScheduleSettingGivenTwiceIsRefused() {
        assertFails("optimizers: ['sgd(lr=0.01, lr=0.5)']\n", "optimizers[0]", "optimizer 'sgd' sets 'lr' twice");
        assertFails("optimizers: ['sgd(lr=0.01, learning_rate=0.5)']\n", "sets 'lr' twice");
        assertFails("optimizers: ['sgd @ cosine(steps=5, steps=6)']\n", "schedule 'cosine' sets 'steps' twice");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsParsed() {
        long start = System.nanoTime();
        assertFails("description: '" + "x".repeat(50_000_000) + "'\n", "characters, more than an experiment file may hold");
        assertTrue(System.nanoTime() - start < 2e9, "refused at once");
    }

    @Test
    void aHugeLearningRateGridIsRefused() {
        assertFails("validation: 0.1\noptimizers: [sgd]\ntune: {lr: {from: 0.0001, to: 1, per_decade: 100000000}}\n",
                "tune.lr", "400000001 rates", "more than the 100");
    }

    @Test
    void aFractionalRatesPerDecadeIsNamedOnce() {
        var e = assertThrows(SpecException.class, () -> parse("validation: 0.1\noptimizers: [sgd]\ntune: {lr: {from: 0.0001, to: 1, per_decade: 1e8}}\n"));
        assertEquals("x.yaml: tune.lr.per_decade must be a whole number, got '1.0E8'", e.getMessage());
    }
}
