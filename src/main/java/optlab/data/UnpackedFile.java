package optlab.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import optlab.io.IoReason;

/**
 * Reads a file's content, gunzipping it when it starts with the gzip magic bytes (whatever its name).
 * Neither the file nor its unpacked content may exceed {@link #MAX_BYTES}: the size is checked before
 * anything is allocated.
 */
final class UnpackedFile {

    /** 256 MiB: MNIST's largest file is 47 MB, and a Java array stops at 2 GiB. */
    static final int MAX_BYTES = 256 << 20;

    private UnpackedFile() {
    }

    static byte[] read(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] stored;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DataException(name + ": " + file + " is " + size + " bytes, more than the " + MAX_BYTES + " an IDX file may hold");
            }
            stored = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(name + ": not found at " + file, e);
        } catch (IOException e) {
            throw new DataException(name + ": cannot read " + file + ": " + IoReason.of(e), e);
        }
        if (!isGzip(stored)) {
            return stored;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return readAtMost(in, name + " unpacked");
        } catch (IOException e) {
            throw new DataException(name + ": corrupt gzip data: " + IoReason.of(e), e);
        }
    }

    /** All of {@code in}, refused once it passes {@link #MAX_BYTES}; {@code what} names it in the error. */
    static byte[] readAtMost(InputStream in, String what) throws IOException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new DataException(what + " is more than the " + MAX_BYTES + " bytes an IDX file may hold");
        }
        return content;
    }

    private static boolean isGzip(byte[] content) {
        return content.length >= 2 && content[0] == (byte) 0x1f && content[1] == (byte) 0x8b;
    }
}
