package optlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import optlab.spec.Preprocessing;
import optlab.testing.RealMnist;
import org.junit.jupiter.api.Test;

/** The real files, fetched into {@code data/mnist} on first use. */
class MnistIntegrationTest {

    @Test
    void loadsTheRealMnist() {
        RawMnist mnist = RealMnist.load();

        assertEquals(60_000, mnist.train().size());
        assertEquals(10_000, mnist.test().size());
        assertEquals(784, mnist.train().features());
        assertEquals(60_000, Arrays.stream(classCounts(mnist.train())).sum());
        assertEquals(10_000, Arrays.stream(classCounts(mnist.test())).sum());
        assertTrue(Arrays.stream(classCounts(mnist.train())).allMatch(count -> count > 5000));
        assertEquals(5, mnist.train().labels()[0]);
        assertEquals(7, mnist.test().labels()[0]);
        float max = 0;
        for (float v : mnist.train().x()) {
            max = Math.max(max, v);
        }
        assertEquals(255f, max);

        // MNIST's border pixels are 0 in every training image: standardizing must keep them finite.
        DataSplits splits = Preprocessor.prepare(mnist.train(), mnist.test(), Preprocessing.STANDARDIZE, 0.1, 1);
        assertEquals(54_000, splits.train().size());
        assertEquals(6_000, splits.validation().size());
        for (Dataset split : new Dataset[] {splits.train(), splits.validation(), splits.test()}) {
            for (float v : split.x()) {
                assertTrue(Float.isFinite(v), split.name());
            }
        }
    }

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.classes()];
        for (int label : data.labels()) {
            counts[label]++;
        }
        return counts;
    }
}
