package optlab.data;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads IDX files (the format MNIST and Fashion-MNIST ship in), raw or gzipped; gzip is detected by
 * its magic bytes, not by the file name. Only the two unsigned-byte layouts those data sets use are
 * accepted: images (magic {@code 0x00000803}: count, rows, cols) and labels (magic
 * {@code 0x00000801}: count). The payload must have exactly the length the header announces.
 * Every failure is a {@link DataException} whose message starts with the file name.
 */
public final class IdxReader {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;
    /** Largest payload a Java byte array can hold, with headroom for VM array overhead. */
    private static final long MAX_PAYLOAD = Integer.MAX_VALUE - 16;

    private IdxReader() {
    }

    public static IdxImages readImages(Path file) {
        return parseImages(String.valueOf(file.getFileName()), UnpackedFile.read(file));
    }

    /** The labels as values 0..255; checking them against a number of classes is {@link IdxDatasets}' job. */
    public static int[] readLabels(Path file) {
        return parseLabels(String.valueOf(file.getFileName()), UnpackedFile.read(file));
    }

    static IdxImages parseImages(String fileName, byte[] content) {
        ByteBuffer header = header(fileName, content, IMAGES_MAGIC, 3, "images");
        int count = dimension(fileName, "count", header.getInt());
        int rows = dimension(fileName, "rows", header.getInt());
        int cols = dimension(fileName, "cols", header.getInt());
        long perImage = (long) rows * cols;
        if (perImage > MAX_PAYLOAD || count > MAX_PAYLOAD / perImage) {
            throw new DataException(fileName + ": dimensions " + count + " x " + rows + " x " + cols
                    + " are too large for one array");
        }
        int start = header.position();
        checkLength(fileName, content, start + count * perImage);
        return new IdxImages(count, rows, cols, Arrays.copyOfRange(content, start, content.length));
    }

    static int[] parseLabels(String fileName, byte[] content) {
        ByteBuffer header = header(fileName, content, LABELS_MAGIC, 1, "labels");
        int count = dimension(fileName, "count", header.getInt());
        int start = header.position();
        checkLength(fileName, content, (long) start + count);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = content[start + i] & 0xFF;
        }
        return labels;
    }

    /** Checks the magic number and that the header is complete; returns a big-endian reader past the magic. */
    private static ByteBuffer header(String fileName, byte[] content, int magic, int dimensions, String kind) {
        if (content.length == 0) {
            throw new DataException(fileName + ": empty file");
        }
        int headerLength = 4 + 4 * dimensions;
        if (content.length < 4) {
            throw new DataException(fileName + ": truncated header: expected " + headerLength
                    + " bytes, found " + content.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(content);
        int found = buffer.getInt();
        if (found != magic) {
            throw new DataException(String.format("%s: bad magic number 0x%08x, expected 0x%08x (IDX %s)",
                    fileName, found, magic, kind));
        }
        if (content.length < headerLength) {
            throw new DataException(fileName + ": truncated header: expected " + headerLength
                    + " bytes, found " + content.length);
        }
        return buffer;
    }

    private static int dimension(String fileName, String field, int value) {
        if (value <= 0) {
            throw new DataException(fileName + ": " + field + " is " + value + ", must be positive");
        }
        return value;
    }

    private static void checkLength(String fileName, byte[] content, long expected) {
        if (content.length < expected) {
            throw new DataException(fileName + ": truncated: expected " + expected + " bytes, found "
                    + content.length);
        }
        if (content.length > expected) {
            throw new DataException(fileName + ": trailing bytes: expected " + expected + " bytes, found "
                    + content.length);
        }
    }
}
