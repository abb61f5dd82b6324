package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Models as layer lists in experiment files: read, shaped and stored; every bad stack fails on load
 * with one line naming the layer and the shapes; the widths form and its run ids stay as they were.
 */
class LayerStackFileTest {

    private static final String CNN = """
            optimizers: [adam]
            validation: test
            model:
              input: [28, 28, 1]
              layers:
                - conv2d: {filters: 32, kernel: 3, activation: relu}
                - maxpool2d: {pool: 2}
                - dropout: {rate: 0.25}
                - flatten
                - dense: {units: 256, activation: relu}
                - dropout: {rate: 0.5}
                - dense: {units: 10}
            """;

    private static ExperimentSpec parse(String yaml) {
        return ExperimentYaml.parse(yaml);
    }

    private static void assertFails(String layers, String... fragments) {
        ExperimentYaml.assertFails("optimizers: [sgd]\nmodel:\n  input: [28, 28, 1]\n  layers:\n" + layers.indent(4), fragments);
    }

    @Test
    void theCoursesCnnIsReadWithItsShapes() {
        ExperimentSpec spec = parse(CNN);
        ModelLayout layout = ModelLayout.of(spec.model());

        assertTrue(spec.validateOnTest());
        assertEquals(List.of(List.of(26, 26, 32), List.of(13, 13, 32), List.of(13, 13, 32), List.of(5408), List.of(256), List.of(256), List.of(10)),
                layout.stages().stream().map(ModelLayout.Stage::out).toList());
        assertEquals(List.of("conv0/kernel 3x3x1x32", "conv0/bias 32", "dense0/kernel 5408x256", "dense0/bias 256",
                "dense1/kernel 256x10", "dense1/bias 10"), layout.parameters().stream().map(t -> t.name() + " " + ModelLayout.text(t.shape())).toList());
        assertEquals("28x28x1: conv 32x3x3 relu, maxpool 2, dropout 0.25, flatten, dense 256 relu, dropout 0.5, dense 10", spec.model().label());
        assertNull(spec.model().layers());
    }

    @Test
    void stridesAndSamePaddingFollowTensorFlow() {
        ModelSpec model = parse("optimizers: [sgd]\nmodel:\n  input: [28, 28, 1]\n  layers:\n"
                + "    - conv2d: {filters: 4, kernel: 5, stride: 2, padding: same}\n"
                + "    - maxpool2d: {pool: 3, stride: 2, padding: same}\n    - flatten\n    - dense: {units: 10}\n").model();
        List<ModelLayout.Stage> stages = ModelLayout.of(model).stages();
        assertEquals(List.of(14, 14, 4), stages.get(0).out());
        assertEquals(List.of(7, 7, 4), stages.get(1).out());
        assertEquals(2, Padding.SAME.padBefore(28, 5, 2) + 1, "TensorFlow pads 1 before and 2 after: total 3");
    }

    @Test
    void aKernelLargerThanItsInputIsNamed() {
        assertFails("- conv2d: {filters: 8, kernel: 29}\n- flatten\n- dense: {units: 10}",
                "model.layers[0] (conv 8x29x29)", "kernel of 29 does not fit an input of 28");
    }

    @Test
    void aPoolThatDoesNotFitIsNamed() {
        assertFails("- conv2d: {filters: 8, kernel: 3}\n- maxpool2d: {pool: 27}\n- flatten\n- dense: {units: 10}",
                "model.layers[1] (maxpool 27)", "pool of 27 does not fit an input of 26");
    }

    @Test
    void aDenseLayerAfterAConvWithoutFlattenIsNamed() {
        assertFails("- conv2d: {filters: 8, kernel: 3}\n- dense: {units: 10}",
                "model.layers[1] (dense 10)", "needs a flat input, got 26x26x8", "flatten");
    }

    @Test
    void aLastLayerThatIsNotTenWideIsNamed() {
        assertFails("- flatten\n- dense: {units: 12}", "model.layers[1]", "(dense 12) must be 10 wide", "got 12");
    }

    @Test
    void aLastLayerWithAnActivationIsNamed() {
        assertFails("- flatten\n- dense: {units: 10, activation: relu}", "model.layers[1] (dense 10 relu)", "feeds the softmax");
    }

    @Test
    void unknownKindsOptionsAndMissingOptionsAreNamed() {
        assertFails("- conv3d: {filters: 8}", "model.layers[0]", "unknown layer 'conv3d'");
        assertFails("- conv2d: {filters: 8, kernal: 3}", "model.layers[0].conv2d.kernal", "kernel");
        assertFails("- conv2d: {filters: 8}", "model.layers[0].conv2d.kernel is missing");
        assertFails("- dropout: {rate: 1.5}", "model.layers[0].dropout.rate must be in [0, 1)");
        assertFails("- conv2d: {filters: 8, kernel: 3, padding: full}", "model.layers[0].conv2d.padding", "unknown padding 'full'");
    }

    @Test
    void theInputMustBeMnistsAndALayerListNeedsOne() {
        var e = assertThrows(SpecException.class, () -> parse("optimizers: [sgd]\nmodel:\n  layers: [flatten, {dense: {units: 10}}]"));
        assertTrue(e.getMessage().contains("model.input is missing"), e.getMessage());
        e = assertThrows(SpecException.class, () -> parse("optimizers: [sgd]\nmodel:\n  input: [28, 28, 2]\n  layers: [flatten, {dense: {units: 10}}]"));
        assertTrue(e.getMessage().contains("model.input must hold 784 values"), e.getMessage());
        e = assertThrows(SpecException.class, () -> parse("optimizers: [sgd]\nmodel:\n  input: [784]\n  activation: relu\n  layers: [{dense: {units: 10}}]"));
        assertTrue(e.getMessage().contains("model.activation applies to a list of widths"), e.getMessage());
    }

    @Test
    void validationIsAFractionOrTheTestSet() {
        var e = assertThrows(SpecException.class, () -> parse("optimizers: [sgd]\nvalidation: train"));
        assertTrue(e.getMessage().contains("validation must be a fraction in [0, 1) or 'test'"), e.getMessage());
        assertTrue(parse("optimizers: [sgd]\nvalidation: test\nstudy: {metric: val_accuracy}").runs().get(0).validateOnTest());
    }

    @Test
    void aStoredStackReadsBackAsTheSameSpec() throws Exception {
        ModelSpec model = parse(CNN).model();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String text = json.writeValueAsString(model);
        assertTrue(text.contains("\"network\":[{\"conv2d\":{"), text);
        assertEquals(model, json.readValue(text, ModelSpec.class));
    }

    /** Ids computed by the code before models could be layer lists: every stored result is found again. */
    @Test
    void widthsFormRunIdsAreUnchanged() {
        List<String> ids = ExperimentFile.resolve("optimizers", Path.of("experiments")).runs().stream().map(RunSpec::id).toList();
        assertEquals("sgd-lr-0.01-scratch-seed42-31cd80904d", ids.get(0));
        assertTrue(ids.contains("momentum-lr-0.01-momentum-0.9-tensorflow-seed42-d3f63378d0"), ids.toString());
        assertEquals("sgd-lr-0.01-scratch-seed42-91b80285c8", ExperimentFile.resolve("deep", Path.of("experiments")).runs().get(0).id());
        // Keras' decay, the default form, is left out of the JSON: the old weight-decay preset (now weight-decay-small) keeps its ids.
        assertEquals("sgd-lr-0.01-scratch-seed42-075f491508", ExperimentFile.resolve("weight-decay-small", Path.of("experiments")).runs().get(0).id());
    }
}
