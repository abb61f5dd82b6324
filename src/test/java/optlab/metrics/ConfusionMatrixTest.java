package optlab.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void countsActualAgainstPredicted() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 0, 1, 2, 2, 2}, new int[] {0, 1, 1, 2, 0, 2}, 3);

        assertArrayEquals(new int[] {1, 1, 0}, m.counts()[0]);
        assertArrayEquals(new int[] {0, 1, 0}, m.counts()[1]);
        assertArrayEquals(new int[] {1, 0, 2}, m.counts()[2]);
        assertEquals(3, m.numClasses());
        assertEquals(6, m.total());
        assertEquals(4, m.correct());
        assertEquals(4.0 / 6, m.accuracy(), 1e-15);
        assertEquals(3, m.actualCount(2));
        assertEquals(2, m.predictedCount(0));
    }

    @Test
    void rejectsLabelOutOfRangeNamingValueAndIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 3}, 3));
        assertTrue(e.getMessage().contains("predicted label 3 at index 1"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {-1}, new int[] {0}, 3));
        assertTrue(e.getMessage().contains("actual label -1 at index 0"), e.getMessage());
    }

    @Test
    void rejectsLengthMismatchAndNonSquareCounts() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0}, 2));
        assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(new int[][] {{1, 2}, {3}}));
    }
}
