package optlab.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads a file's content, gunzipping it when it starts with the gzip magic bytes (whatever its name). */
final class UnpackedFile {
    private UnpackedFile() {
    }

    static byte[] read(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] stored;
        try {
            stored = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(name + ": not found at " + file, e);
        } catch (IOException e) {
            throw new DataException(name + ": cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!isGzip(stored)) {
            return stored;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DataException(name + ": corrupt gzip data: " + e.getMessage(), e);
        }
    }

    private static boolean isGzip(byte[] content) {
        return content.length >= 2 && content[0] == (byte) 0x1f && content[1] == (byte) 0x8b;
    }
}
