package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Experiment files as text in tests: parsed as {@code x.yaml}, or refused with one line naming the file. */
final class ExperimentYaml {

    private ExperimentYaml() {
    }

    static ExperimentSpec parse(String yaml) {
        return ExperimentFile.parse(yaml, "x.yaml", "x");
    }

    /** The file is refused with one line that starts with its name and holds every fragment. */
    static void assertFails(String yaml, String... fragments) {
        var e = assertThrows(SpecException.class, () -> parse(yaml));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith("x.yaml: "), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' not in: " + e.getMessage());
        }
    }
}
