package optlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import optlab.results.FolderName;
import optlab.testing.RealMnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** An experiment named "..", "/abs/path" or "../../x" writes inside reports/ and nowhere else. */
class PathConfinementTest {

    @TempDir
    Path temp;

    @Test
    void hostileNamesStayInsideReports() throws Exception {
        RealMnist.load();
        Path home = temp.resolve("home/optlab");
        Files.createDirectories(home);
        Path absolute = temp.resolve("elsewhere");
        String before = System.getProperty("optlab.home");
        System.setProperty("optlab.home", home.toString());
        try {
            for (String name : List.of("..", absolute.toString(), "../../x")) {
                Path spec = temp.resolve("spec.yaml");
                Files.writeString(spec, "name: '" + name + "'\nmodel: {layers: [784, 2, 10]}\n"
                        + "training: {epochs: 1, batch_size: 6000, log_every: 1000}\noptimizers: [sgd]\nimplementations: [scratch]\n");
                var err = new StringWriter();
                CommandLine cli = Main.commandLine(false);
                cli.setErr(new PrintWriter(err));
                assertEquals(0, cli.execute("train", spec.toString(), "--data-dir", RealMnist.FOLDER.toAbsolutePath().toString()), err.toString());
                Files.delete(spec);
            }
        } finally {
            if (before == null) {
                System.clearProperty("optlab.home");
            } else {
                System.setProperty("optlab.home", before);
            }
        }
        assertEquals(List.of(temp.resolve("home")), list(temp));
        assertEquals(List.of(home), list(temp.resolve("home")));
        assertEquals(List.of(home.resolve("reports")), list(home));
        Path reports = home.resolve("reports");
        String absoluteFolder = FolderName.of(absolute.toString()).value();
        assertEquals(Stream.of(absoluteFolder, "experiment", "x").sorted().map(reports::resolve).toList(), list(reports));
        for (Path folder : list(reports)) {
            assertTrue(Files.isDirectory(folder.resolve("experiments")), folder + " has no manifest");
        }
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
