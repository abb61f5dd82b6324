package optlab.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import optlab.data.MnistRepository;
import optlab.data.RawMnist;
import picocli.CommandLine.Option;

/** Where MNIST lives: the default folder is fetched on first use; a folder given by hand must already hold the files. */
final class DataOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder holding the four MNIST IDX files, raw or .gz (default: data/mnist in the optlab folder, fetched on first use).")
    Path dataDir;

    MnistRepository repository() {
        return new MnistRepository(dataDir != null ? dataDir : Home.path().resolve("data/mnist"));
    }

    RawMnist load(Consumer<String> log) {
        MnistRepository repository = repository();
        if (dataDir == null) {
            repository.ensure(log);
        }
        return repository.load();
    }
}
