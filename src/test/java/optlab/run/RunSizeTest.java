package optlab.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import optlab.spec.ModelSpec;
import optlab.spec.SpecException;
import org.junit.jupiter.api.Test;

/** Sizes are checked against the data and the heap before anything is allocated. */
class RunSizeTest {

    private static final long HEAP = 4L << 30;

    private static void assertRefused(Runnable check, String... fragments) {
        String message = assertThrows(SpecException.class, check::run).getMessage();
        assertTrue(message.lines().count() == 1, message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "'" + fragment + "' not in: " + message);
        }
    }

    private static ModelSpec hidden(int width) {
        return ModelSpec.mlp(784, List.of(width), 10, optlab.spec.Activation.RELU, optlab.spec.Loss.CROSS_ENTROPY, 0);
    }

    @Test
    void aBatchLargerThanTheTrainingSetIsRefused() {
        assertRefused(() -> RunSize.checkSplit(60_000, 0, 2_500_000), "batch size 2500000", "60000 training examples");
        assertRefused(() -> RunSize.checkSplit(60_000, 0, Integer.MAX_VALUE), "batch size 2147483647");
        assertDoesNotThrow(() -> RunSize.checkSplit(60_000, 0, 60_000));
    }

    @Test
    void aSplitLeavingLessThanOneBatchOnEitherSideIsRefused() {
        assertRefused(() -> RunSize.checkSplit(60_000, 0.99999, 32), "batch size 32", "1 training examples", "validation split of 0.99999");
        assertRefused(() -> RunSize.checkSplit(60_000, 0.0001, 32), "validation 1.0E-4", "holds out 6", "fewer than one batch of 32");
        assertDoesNotThrow(() -> RunSize.checkSplit(60_000, 0.1, 32));
    }

    @Test
    void aLayerTooLargeForOneArrayIsRefused() {
        assertRefused(() -> RunSize.checkMemory(hidden(3_000_000), 32, HEAP), "layer 1", "784 x 3000000", "2352000000 weights");
    }

    @Test
    void aModelTooLargeForTheHeapIsRefused() {
        assertRefused(() -> RunSize.checkMemory(hidden(500_000), 32, HEAP), "needs about", "MiB", "4096 MiB this JVM may use");
        assertRefused(() -> RunSize.checkMemory(hidden(128), 2_000_000, 256L << 20), "batch 2000000", "256 MiB");
        assertDoesNotThrow(() -> RunSize.checkMemory(hidden(128), 32, HEAP));
    }

    @Test
    void aConvolutionCountsItsWindows() {
        var cnn = optlab.spec.ExperimentFile.resolve("cnn", java.nio.file.Path.of("experiments")).model();
        assertDoesNotThrow(() -> RunSize.checkMemory(cnn, 64, HEAP));
        // Each image gives 26 x 26 x 32 conv outputs and 26 x 26 windows of 9 pixels: 20,000 images need many GiB with their copies.
        assertRefused(() -> RunSize.checkMemory(cnn, 20_000, HEAP), "batch 20000", "4096 MiB this JVM may use");
        assertRefused(() -> RunSize.checkMemory(cnn, 100_000, HEAP), "a batch of 100000 through layer 1", "more values than one array can hold");
    }
}
