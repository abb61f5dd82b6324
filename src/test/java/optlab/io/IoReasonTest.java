package optlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** A failed file operation is explained in words, never by a Java class name. */
class IoReasonTest {

    @Test
    void reasonsAreWords() {
        assertEquals("permission denied", IoReason.of(new AccessDeniedException("/data/mnist/train-images-idx3-ubyte")));
        assertEquals("no such file or folder", IoReason.of(new NoSuchFileException("/x")));
        assertEquals("/tmp/out is a file, not a folder", IoReason.of(new FileAlreadyExistsException("/tmp/out")));
        assertEquals("is a directory", IoReason.of(new FileSystemException("/x", null, "Is a directory")));
        assertEquals("disk full", IoReason.of(new IOException("disk full")));
        assertEquals("input or output error", IoReason.of(new IOException()));
    }
}
