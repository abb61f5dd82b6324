package optlab.testing;

import java.nio.file.Path;
import optlab.data.MnistRepository;
import optlab.data.RawMnist;

/**
 * The real MNIST for integration tests, fetched into {@code data/mnist} on first use exactly as
 * {@code ./optlab report} does, and loaded once per test JVM.
 */
public final class RealMnist {

    public static final Path FOLDER = Path.of("data", "mnist");
    private static RawMnist loaded;

    private RealMnist() {
    }

    public static synchronized RawMnist load() {
        if (loaded == null) {
            MnistRepository repository = new MnistRepository(FOLDER);
            repository.ensure(line -> System.out.println("[mnist] " + line));
            loaded = repository.load();
        }
        return loaded;
    }
}
