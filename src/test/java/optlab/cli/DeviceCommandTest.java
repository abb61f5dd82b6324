package optlab.cli;

import static optlab.cli.CliOutcome.runWithConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import optlab.tf.TensorFlowDevices;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --device gpu} where TensorFlow sees no GPU is one line and exit 2 on every command; {@code doctor} says what it sees. */
class DeviceCommandTest {

    @TempDir
    Path temp;

    private static void assumeNoGpu() {
        Assumptions.assumeTrue(TensorFlowDevices.seen().stream().noneMatch(d -> d.type().equals("GPU")), "this machine has a GPU");
    }

    private static void assertNoGpuLine(CliOutcome o) {
        assertEquals(Main.BAD_INPUT, o.exit(), o.err() + o.out());
        String line = o.err().lines().findFirst().orElse("");
        assertTrue(line.startsWith("optlab: --device gpu: TensorFlow sees no GPU here (it sees CPU:0) and this is the CPU build (linux-x86_64)"), line);
        assertTrue(line.endsWith("'./optlab doctor' says more"), line);
        assertEquals(1, o.err().lines().count(), o.err());
    }

    @Test
    void aGpuRunWithoutAGpuIsOneLineOnEveryCommand() throws Exception {
        assumeNoGpu();
        String out = temp.resolve("out").toString();
        assertNoGpuLine(runWithConsole("report", "--device", "gpu", "--out", out));
        assertNoGpuLine(runWithConsole("train", "--device", "gpu", "--out", out));
        assertNoGpuLine(runWithConsole("validate", "--device", "gpu", "--out", out));
        assertNoGpuLine(runWithConsole("report", "--device", "gpu", "--shard", "1/2", "--out", out));
        Path file = Files.writeString(temp.resolve("gpu.yaml"), "model: {layers: [784, 8, 10]}\ntraining: {device: gpu}\noptimizers: [sgd]\n");
        assertNoGpuLine(runWithConsole("train", file.toString(), "--out", out));
        assertTrue(Files.notExists(temp.resolve("out").resolve("runs")), "nothing was trained");
    }

    @Test
    void aDeviceThatIsNoDeviceIsNamed() {
        CliOutcome o = runWithConsole("train", "--device", "tpu");
        assertEquals(Main.BAD_INPUT, o.exit());
        assertEquals("optlab: device must be cpu or gpu, got 'tpu'", o.err().lines().findFirst().orElse(""));
    }

    @Test
    void doctorSaysWhatEachBackendSeesAndWhatToDo() {
        assumeNoGpu();
        CliOutcome o = runWithConsole("doctor");
        assertEquals(0, o.exit(), o.err());
        for (String expected : new String[] {"tensorflow\n", "  native build           linux-x86_64\n",
                "/job:localhost/replica:0/task:0/device:CPU:0 (CPU", "  GPU                    none seen\n",
                "    -> this is the CPU build; for GPU runs", "nd4j\n", "  backend                CPU, BLAS OPENBLAS", "  OMP_NUM_THREADS"}) {
            assertTrue(o.out().contains(expected), "'" + expected + "' not in:\n" + o.out());
        }
        assertTrue(o.out().lines().allMatch(l -> l.length() <= 80), "fits 80 columns:\n" + o.out());
    }
}
