package optlab.cli;

import static optlab.cli.CliOutcome.runWithConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import optlab.testing.RealMnist;
import org.junit.jupiter.api.Test;

/** {@code optlab bench}: both trainers timed on a case, as a table or JSON; a case that is no case is named. Speeds are not asserted. */
class BenchCommandTest {

    @Test
    void jsonCarriesEveryRepeatOfBothTrainersAndTheEnvironment() throws Exception {
        RealMnist.load();
        CliOutcome o = runWithConsole("bench", "--cases", "784-32-10", "--repeats", "2", "--steps", "5", "--warmup", "2", "--json",
                "--data-dir", RealMnist.FOLDER.toString());
        assertEquals(0, o.exit(), o.err());
        JsonNode json = new ObjectMapper().readTree(o.out());
        assertTrue(json.get("environment").get("threads").asText().startsWith("OMP_NUM_THREADS="), o.out());
        JsonNode c = json.get("cases").get(0);
        assertEquals("784-32-10", c.get("case").asText());
        assertEquals(2, c.get("scratch_seconds_per_epoch").size());
        assertEquals(2, c.get("tensorflow_seconds_per_epoch").size());
        assertTrue(c.get("ratio").asDouble() > 0 && c.get("sgemm_gflops").asDouble() > 0, c.toString());
    }

    @Test
    void anUnknownCaseGetsADidYouMean() {
        CliOutcome o = runWithConsole("bench", "--cases", "784-128-1");
        assertEquals(Main.BAD_INPUT, o.exit());
        assertTrue(o.err().startsWith("optlab: unknown bench case '784-128-1'; did you mean '784-128-10'?"), o.err());
    }
}
