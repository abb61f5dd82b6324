package optlab.data;

import static optlab.data.IdxReaderTest.assertFails;
import static optlab.data.IdxReaderTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatasetTest {
    /** Row r holds features {10r, 10r+1} and label r % 3. */
    private static final Dataset DATA = new Dataset("d", 4, 2, 3,
            new float[] {0, 1, 10, 11, 20, 21, 30, 31}, new int[] {0, 1, 2, 0});

    @Test
    void rejectsInconsistentShapes() {
        assertFails(() -> new Dataset("d", 2, 3, 10, new float[5], new int[2]),
                "dataset d: x has 5 values, expected 2 rows x 3 features");
        assertFails(() -> new Dataset("d", 2, 3, 10, new float[6], new int[3]), "dataset d: 3 labels for 2 rows");
        assertFails(() -> new Dataset("d", 2, 3, 10, new float[6], new int[] {0, 10}),
                "dataset d: label 10 at row 1 is outside 0..9");
        assertFails(() -> new Dataset("d", 0, 0, 10, new float[0], new int[0]),
                "dataset d: features 0 must be positive");
        assertTrue(message(() -> new Dataset(" ", 0, 1, 1, new float[0], new int[0])).contains("blank"));
    }

    @Test
    void rowsSelectsInTheGivenOrderIntoNewArrays() {
        Dataset picked = DATA.rows(new int[] {3, 0, 3});

        assertEquals(3, picked.size());
        assertArrayEquals(new float[] {30, 31, 0, 1, 30, 31}, picked.x());
        assertArrayEquals(new int[] {0, 0, 0}, picked.labels());
        assertEquals("d", picked.name());
        assertFails(() -> DATA.rows(new int[] {4}), "dataset d: row 4 is outside 0..3");
    }

    @Test
    void headTakesAtMostSizeRows() {
        Dataset two = DATA.head(2);

        assertArrayEquals(new float[] {0, 1, 10, 11}, two.x());
        assertArrayEquals(new int[] {0, 1}, two.labels());
        assertNotSame(DATA.x(), DATA.head(10).x());
        assertEquals(4, DATA.head(10).size());
        assertEquals(0, DATA.head(0).size());
    }

    @Test
    void copyRowsFillsTheBufferFrontAndLeavesTheRest() {
        float[] x = {-1, -1, -1, -1, -1, -1};
        int[] labels = {-1, -1, -1};

        DATA.copyRows(new int[] {2, 1, 3, 0}, 2, 2, x, labels);

        assertArrayEquals(new float[] {30, 31, 0, 1, -1, -1}, x);
        assertArrayEquals(new int[] {0, 0, -1}, labels);
    }

    @Test
    void copyRowsChecksTheRangeAndBuffers() {
        int[] order = {0, 1, 2, 3};

        assertFails(() -> DATA.copyRows(order, 3, 2, new float[4], new int[2]),
                "dataset d: rows 3..5 are outside an order of length 4");
        assertFails(() -> DATA.copyRows(order, 0, 2, new float[3], new int[2]),
                "dataset d: buffers of 3 values and 2 labels cannot hold 2 rows of 2 features");
    }
}
