package optlab.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An experiment's name is a label: whatever it holds, its folder lies directly inside reports/. */
class FolderNameTest {

    @ParameterizedTest
    @CsvSource({
        "optimizers, optimizers",
        "'..', experiment",
        "'.', experiment",
        "'', experiment",
        "/tmp/evil, tmp-evil",
        "'../../x', x",
        "'a/../../b', a-..-..-b",
        "'keras baseline (3 seeds)', keras-baseline-3-seeds",
        "'C:\\\\Windows', C-Windows",
    })
    void nameBecomesOneFolderInsideReports(String name, String folder) {
        Path reports = Path.of("/home/user/optlab/reports");
        Path out = FolderName.of(name).under(reports);
        assertEquals(reports.resolve(folder), out);
        assertEquals(reports, out.getParent());
    }

    @Test
    void longNamesAreCut() {
        assertEquals(100, FolderName.of("x".repeat(5000)).value().length());
    }
}
