package optlab.data;

import static optlab.data.IdxFixtures.images;
import static optlab.data.IdxFixtures.labels;
import static optlab.data.IdxFixtures.write;
import static optlab.data.IdxReaderTest.assertFails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxDatasetsTest {
    @TempDir
    Path dir;

    @Test
    void loadsRawPixelValuesAsFloatRows() {
        byte[] pixels = {0, 10, (byte) 255, 20, 30, (byte) 128};
        Path imagesFile = write(dir.resolve("imgs"), images(3, 1, 2, pixels));
        Path labelsFile = write(dir.resolve("lbls"), labels(4, 0, 2));

        Dataset data = IdxDatasets.load(imagesFile, labelsFile, "tiny", 5);

        assertEquals("tiny", data.name());
        assertEquals(3, data.size());
        assertEquals(2, data.features());
        assertEquals(5, data.classes());
        assertArrayEquals(new float[] {0, 10, 255, 20, 30, 128}, data.x());
        assertArrayEquals(new int[] {4, 0, 2}, data.labels());
    }

    @Test
    void rejectsDifferentCounts() {
        Path imagesFile = write(dir.resolve("imgs"), images(3, 1, 2));
        Path labelsFile = write(dir.resolve("lbls"), labels(1, 2));

        assertFails(() -> IdxDatasets.load(imagesFile, labelsFile, "tiny", 10),
                "lbls: 2 labels, but imgs has 3 images");
    }

    @Test
    void rejectsLabelOutsideTheClasses() {
        Path imagesFile = write(dir.resolve("imgs"), images(3, 1, 2));
        Path labelsFile = write(dir.resolve("lbls"), labels(1, 10, 2));

        assertFails(() -> IdxDatasets.load(imagesFile, labelsFile, "tiny", 10),
                "lbls: label 10 at index 1 is outside 0..9");
    }
}
