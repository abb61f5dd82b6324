package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DeviceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ExperimentSpec experiment(String training) {
        return ExperimentFile.parse("model: {layers: [784, 8, 10]}\ntraining: {epochs: 1" + training + "}\noptimizers: [sgd]\n", "x.yaml", "x");
    }

    @Test
    void devicesParseByNameAndABadOneIsNamed() {
        assertEquals(Device.GPU, Device.parse(" GPU "));
        assertEquals(Device.CPU, Device.parse("cpu"));
        assertEquals("device must be cpu or gpu, got 'tpu'", assertThrows(SpecException.class, () -> Device.parse("tpu")).getMessage());
        assertEquals("x.yaml: training.device: device must be cpu or gpu, got 'tpu'",
                assertThrows(SpecException.class, () -> experiment(", device: tpu")).getMessage());
    }

    @Test
    void onTheGpuOnlyTheTensorFlowRunsMoveAndTheirIdsChange() throws Exception {
        ExperimentSpec cpu = experiment("");
        ExperimentSpec gpu = experiment(", device: gpu");
        RunSpec cpuScratch = cpu.runs().get(0);
        RunSpec cpuTf = cpu.runs().get(1);
        assertEquals(Implementation.TENSORFLOW, cpuTf.implementation());
        assertEquals(cpuScratch, gpu.runs().get(0), "the scratch network runs on the CPU either way");
        assertEquals(Device.GPU, gpu.runs().get(1).device());
        assertNotEquals(cpuTf.id(), gpu.runs().get(1).id(), "a GPU result never stands in for a CPU one in the store");
        assertFalse(JSON.writeValueAsString(cpuTf).contains("device"), "CPU specs are stored as before devices, so their ids stay");
        assertTrue(JSON.writeValueAsString(gpu.runs().get(1)).contains("\"device\":\"gpu\""));
        assertFalse(JSON.writeValueAsString(cpu).contains("device"));
    }

    @Test
    void theScratchNetworkCannotBeAskedToRunOnAGpu() {
        RunSpec tf = experiment(", device: gpu").runs().get(1);
        SpecException e = assertThrows(SpecException.class, () -> new RunSpec(tf.experiment(), tf.dataset(), tf.model(), tf.optimizer(),
                Implementation.SCRATCH, tf.seed(), tf.epochs(), tf.batchSize(), tf.logEvery(), tf.preprocessing(), tf.validationFraction(),
                tf.threads(), null, false, Device.GPU));
        assertEquals("only the TensorFlow trainer runs on a GPU; the scratch network runs on the CPU", e.getMessage());
    }
}
