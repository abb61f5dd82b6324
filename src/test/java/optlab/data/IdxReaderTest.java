package optlab.data;

import static optlab.data.IdxFixtures.gzip;
import static optlab.data.IdxFixtures.images;
import static optlab.data.IdxFixtures.labels;
import static optlab.data.IdxFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    private static final byte[] PIXELS = {0, 1, 127, (byte) 128, (byte) 200, (byte) 255, 3, 4, 5, 6, 7, 8};

    @TempDir
    Path dir;

    @Test
    void readsRawImagesWithUnsignedPixels() {
        IdxImages read = IdxReader.readImages(write(dir.resolve("images"), images(2, 3, 2, PIXELS)));

        assertEquals(2, read.count());
        assertEquals(3, read.rows());
        assertEquals(2, read.cols());
        assertEquals(6, read.features());
        assertArrayEquals(PIXELS, read.pixels());
        assertEquals(255, read.pixels()[5] & 0xFF);
    }

    @Test
    void detectsGzipByContentNotByName() {
        byte[] packed = gzip(images(2, 3, 2, PIXELS));

        assertArrayEquals(PIXELS, IdxReader.readImages(write(dir.resolve("images.gz"), packed)).pixels());
        assertArrayEquals(PIXELS, IdxReader.readImages(write(dir.resolve("no-suffix"), packed)).pixels());
    }

    @Test
    void readsRawAndGzippedLabels() {
        int[] expected = {0, 9, 3, 255};

        assertArrayEquals(expected, IdxReader.readLabels(write(dir.resolve("labels"), labels(expected))));
        assertArrayEquals(expected, IdxReader.readLabels(write(dir.resolve("labels.gz"), gzip(labels(expected)))));
    }

    @Test
    void rejectsBadMagicNamingBothNumbers() {
        Path file = write(dir.resolve("train-images-idx3-ubyte"), labels(1, 2, 3, 4, 5, 6, 7, 8));

        assertFails(() -> IdxReader.readImages(file),
                "train-images-idx3-ubyte: bad magic number 0x00000801, expected 0x00000803 (IDX images)");
    }

    @Test
    void rejectsTruncatedPayload() {
        byte[] full = images(2, 3, 2, PIXELS);
        Path file = write(dir.resolve("imgs"), Arrays.copyOf(full, full.length - 1));

        assertFails(() -> IdxReader.readImages(file), "imgs: truncated: expected 28 bytes, found 27");
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] full = labels(1, 2, 3);
        Path file = write(dir.resolve("lbls"), Arrays.copyOf(full, full.length + 2));

        assertFails(() -> IdxReader.readLabels(file), "lbls: trailing bytes: expected 11 bytes, found 13");
    }

    @Test
    void rejectsZeroAndNegativeDimensions() {
        Path zeroRows = write(dir.resolve("zero-rows"), header(IdxReader.IMAGES_MAGIC, 2, 0, 2));
        Path negativeCount = write(dir.resolve("negative-count"), header(IdxReader.LABELS_MAGIC, -1));

        assertFails(() -> IdxReader.readImages(zeroRows), "zero-rows: rows is 0, must be positive");
        assertFails(() -> IdxReader.readLabels(negativeCount), "negative-count: count is -1, must be positive");
    }

    @Test
    void rejectsDimensionsNoArrayCanHold() {
        Path file = write(dir.resolve("huge"), header(IdxReader.IMAGES_MAGIC, 100_000, 1000, 1000));

        assertFails(() -> IdxReader.readImages(file),
                "huge: dimensions 100000 x 1000 x 1000 are too large for one array");
    }

    @Test
    void rejectsEmptyFileAndShortHeader() {
        Path empty = write(dir.resolve("empty"), new byte[0]);
        Path shortHeader = write(dir.resolve("short"), Arrays.copyOf(header(IdxReader.IMAGES_MAGIC, 1, 1, 1), 10));

        assertFails(() -> IdxReader.readImages(empty), "empty: empty file");
        assertFails(() -> IdxReader.readImages(shortHeader), "short: truncated header: expected 16 bytes, found 10");
    }

    @Test
    void rejectsCorruptGzip() {
        byte[] packed = gzip(images(2, 3, 2, PIXELS));
        Path cut = write(dir.resolve("cut.gz"), Arrays.copyOf(packed, packed.length / 2));
        byte[] flipped = packed.clone();
        flipped[flipped.length - 6] ^= 0x5a; // inside the CRC-32 trailer
        Path badCrc = write(dir.resolve("bad-crc.gz"), flipped);

        assertTrue(message(() -> IdxReader.readImages(cut)).startsWith("cut.gz: corrupt gzip data: "));
        assertTrue(message(() -> IdxReader.readImages(badCrc)).startsWith("bad-crc.gz: corrupt gzip data: "));
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("absent-labels");

        assertEquals("absent-labels: not found at " + missing, message(() -> IdxReader.readLabels(missing)));
    }

    private static byte[] header(int magic, int... dims) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length).putInt(magic);
        for (int dim : dims) {
            buffer.putInt(dim);
        }
        return buffer.array();
    }

    static void assertFails(Runnable action, String expectedMessage) {
        assertEquals(expectedMessage, message(action));
    }

    /** The message of the DataException {@code action} throws, checked to be one line. */
    static String message(Runnable action) {
        String message = assertThrows(DataException.class, action::run).getMessage();
        assertFalse(message.contains("\n"), () -> "not one line: " + message);
        return message;
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("train-images-idx3-ubyte");
        try (var sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(UnpackedFile.MAX_BYTES + 1L);
        }
        String message = message(() -> IdxReader.readImages(file));
        assertTrue(message.startsWith("train-images-idx3-ubyte: " + file + " is 268435457 bytes, more than the 268435456"), message);
    }

    @Test
    void anUnreadableFileSaysWhy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectory(dir.resolve("train-labels-idx1-ubyte"));
        assertFails(() -> IdxReader.readLabels(folder), "train-labels-idx1-ubyte: cannot read " + folder + ": Is a directory");
    }
}
