package optlab.data;

import static optlab.data.IdxReaderTest.assertFails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchOrderTest {

    @Test
    void eachEpochIsAPermutation() {
        BatchOrder order = new BatchOrder(7, 1000);

        for (int epoch = 1; epoch <= 3; epoch++) {
            int[] sorted = order.permutation(epoch).clone();
            Arrays.sort(sorted);
            assertArrayEquals(IntStream.range(0, 1000).toArray(), sorted);
        }
    }

    @Test
    void dependsOnlyOnSeedSizeAndEpochNotOnCallOrder() {
        BatchOrder forward = new BatchOrder(42, 500);
        BatchOrder backward = new BatchOrder(42, 500);
        int[][] inOrder = new int[6][];
        for (int epoch = 1; epoch <= 5; epoch++) {
            inOrder[epoch] = forward.permutation(epoch);
        }

        for (int epoch = 5; epoch >= 1; epoch--) {
            assertArrayEquals(inOrder[epoch], backward.permutation(epoch));
            assertArrayEquals(inOrder[epoch], backward.permutation(epoch));
        }
    }

    @Test
    void differsBetweenEpochsAndSeeds() {
        int[] base = new BatchOrder(1, 500).permutation(1);

        assertFalse(Arrays.equals(base, new BatchOrder(1, 500).permutation(2)));
        assertFalse(Arrays.equals(base, new BatchOrder(2, 500).permutation(1)));
        assertFalse(Arrays.equals(base, IntStream.range(0, 500).toArray()));
        // Mixing must separate adjacent (seed, epoch) pairs that a plain seed + epoch sum would merge.
        assertFalse(Arrays.equals(new BatchOrder(1, 500).permutation(2), new BatchOrder(2, 500).permutation(1)));
    }

    @Test
    void keepsTheOrderOfEarlierVersions() {
        // Recorded once; a change here alters every run's batches, so stored results stop being reproducible.
        assertArrayEquals(new int[] {3, 1, 7, 2, 9, 8, 0, 5, 4, 6}, new BatchOrder(42, 10).permutation(1));
    }

    @Test
    void countsBatchesWithASmallerLastOne() {
        BatchOrder order = new BatchOrder(0, 10);

        assertEquals(4, order.batches(3));
        assertEquals(1, order.batches(10));
        assertEquals(1, order.batches(64));
        assertEquals(10, order.batches(1));
        assertEquals(938, new BatchOrder(0, 60_000).batches(64));
    }

    @Test
    void rejectsNonsense() {
        assertFails(() -> new BatchOrder(0, 0), "batch order: size 0 must be positive");
        assertFails(() -> new BatchOrder(0, 5).permutation(0), "batch order: epoch 0 must be 1 or more");
        assertFails(() -> new BatchOrder(0, 5).batches(0), "batch order: batch size 0 must be positive");
    }
}
