package optlab.data;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever bytes an IDX file holds, raw or gzipped, reading it gives data or one line naming the file: never another exception. */
class IdxReaderPropertyTest {

    private static final byte[] IMAGES = IdxFixtures.images(5, 3, 2);
    private static final byte[] LABELS = IdxFixtures.labels(1, 2, 3, 4, 5);

    /** Reads {@code content} from a file as images and as labels; either may succeed, any failure must be a one-line DataException. */
    private static void readsOrNamesTheFile(byte[] content) throws Exception {
        Path file = Files.createTempFile("idx-property", ".idx");
        try {
            Files.write(file, content);
            for (Runnable read : new Runnable[] {() -> IdxReader.readImages(file), () -> IdxReader.readLabels(file)}) {
                try {
                    read.run();
                } catch (DataException e) {
                    assertFalse(e.getMessage().contains("\n"), e.getMessage());
                    assertFalse(e.getMessage().isBlank());
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<byte[]> valid() {
        return Arbitraries.of(IMAGES, LABELS, IdxFixtures.gzip(IMAGES), IdxFixtures.gzip(LABELS));
    }

    @Property(tries = 300)
    void randomBytes(@ForAll @Size(max = 64) byte[] content) throws Exception {
        readsOrNamesTheFile(content);
    }

    @Property(tries = 200)
    void randomBytesBehindAGzipHeader(@ForAll @Size(max = 64) byte[] tail) throws Exception {
        byte[] content = Arrays.copyOf(new byte[] {0x1f, (byte) 0x8b, 8, 0}, 4 + tail.length);
        System.arraycopy(tail, 0, content, 4, tail.length);
        readsOrNamesTheFile(content);
    }

    @Property(tries = 300)
    void truncations(@ForAll("valid") byte[] file, @ForAll @IntRange(min = 0, max = 1000) int cut) throws Exception {
        readsOrNamesTheFile(Arrays.copyOf(file, cut % (file.length + 1)));
    }

    @Property(tries = 500)
    void bitFlips(@ForAll("valid") byte[] file, @ForAll @IntRange(min = 0, max = 100_000) int position,
            @ForAll @Size(min = 1, max = 4) int[] more) throws Exception {
        byte[] flipped = file.clone();
        for (int bit : prepend(position, more)) {
            int at = Math.floorMod(bit, flipped.length * 8);
            flipped[at / 8] ^= (byte) (1 << (at % 8));
        }
        readsOrNamesTheFile(flipped);
    }

    private static int[] prepend(int first, int[] rest) {
        int[] all = new int[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
