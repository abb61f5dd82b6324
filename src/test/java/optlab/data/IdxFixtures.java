package optlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds small synthetic IDX files, gzip data and npm-style .tgz archives for the tests. */
final class IdxFixtures {
    private IdxFixtures() {
    }

    static byte[] images(int count, int rows, int cols, byte[] pixels) {
        return ByteBuffer.allocate(16 + pixels.length)
                .putInt(IdxReader.IMAGES_MAGIC).putInt(count).putInt(rows).putInt(cols).put(pixels).array();
    }

    /** {@code count} images whose pixel {@code p} of image {@code i} is {@code (7 * i + p) % 256}. */
    static byte[] images(int count, int rows, int cols) {
        byte[] pixels = new byte[count * rows * cols];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) ((7 * (i / (rows * cols)) + i % (rows * cols)) % 256);
        }
        return images(count, rows, cols, pixels);
    }

    static byte[] labels(int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length).putInt(IdxReader.LABELS_MAGIC).putInt(labels.length);
        for (int label : labels) {
            buffer.put((byte) label);
        }
        return buffer.array();
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A gzipped tar holding each entry under its map key, like the .tgz {@code npm pack} writes. */
    static byte[] tgz(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey());
                tarEntry.setSize(entry.getValue().length);
                tar.putArchiveEntry(tarEntry);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Synthetic stand-ins for the four MNIST files: 6 training and 4 test images of 3 x 2 pixels. */
    static Map<String, byte[]> syntheticMnist() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MnistFiles.TRAIN_IMAGES, images(6, 3, 2));
        files.put(MnistFiles.TRAIN_LABELS, labels(5, 0, 4, 1, 9, 2));
        files.put(MnistFiles.TEST_IMAGES, images(4, 3, 2));
        files.put(MnistFiles.TEST_LABELS, labels(7, 2, 1, 0));
        return files;
    }

    static Map<String, String> checksumsOf(Map<String, byte[]> files) {
        Map<String, String> checksums = new LinkedHashMap<>();
        files.forEach((name, content) -> checksums.put(name, MnistFiles.sha256(content)));
        return checksums;
    }

    static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
