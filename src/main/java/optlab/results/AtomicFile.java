package optlab.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import optlab.io.IoReason;

/**
 * Writes a file through a temporary sibling that is moved into place, so a reader (or a process
 * killed halfway) sees the old file or the new one, never half of one. A failure is a
 * {@link ResultsException} naming the file and why, in words.
 */
public final class AtomicFile {

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    /** What writes a binary file's content. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    public static void write(Path file, Content content) {
        writeBytes(file, out -> {
            try (Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                content.writeTo(writer);
            }
        });
    }

    public static void writeBytes(Path file, Bytes content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Not Files.createTempFile: its files are private (0600); this one gets the usual permissions.
            Path temp = parent.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try {
                try (var out = Files.newOutputStream(temp)) {
                    content.writeTo(out);
                }
                moveIntoPlace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ResultsException("cannot write " + file + ": " + IoReason.of(e));
        }
    }

    public static void write(Path file, String text) {
        write(file, out -> out.write(text));
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
