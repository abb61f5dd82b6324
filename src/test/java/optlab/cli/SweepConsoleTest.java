package optlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.RunSpec;
import optlab.testing.SyntheticRuns;
import org.junit.jupiter.api.Test;

/** The console of a sweep in workers: lines that fit, a block redrawn only on a terminal, plain lines when piped. */
class SweepConsoleTest {

    private static final String LONG = "adam(lr=0.001, beta1=0.9, beta2=0.999, epsilon=1e-08)";
    private static final ExperimentSpec EXPERIMENT = SyntheticRuns.experiment(LONG);
    private static final RunSpec SCRATCH = SyntheticRuns.run(LONG, Implementation.SCRATCH);
    private static final RunSpec TENSORFLOW = SyntheticRuns.run(LONG, Implementation.TENSORFLOW);

    private static String sweep(boolean terminal, int width) {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        var console = new SweepConsole(EXPERIMENT, out, terminal, width, 3, 1);
        console.joined("w1");
        console.joined("w2");
        console.started("w1", SCRATCH);
        console.started("w2", TENSORFLOW);
        console.live("w1", new WorkerLine.Live(3, 10, 0.4, 0.24, 0.2345, 41));
        console.said("w1", "epoch  3/10  loss 0.2345 acc 0.9312  test 0.1234 0.9612  3.4 s  ETA 0:41");
        console.done("w2", "done: test accuracy 0.9757, test loss 0.0812, 11.22 s/epoch");
        console.note("w3 crashed training " + LONG + " · scratch: killed by signal 9 (SIGKILL: out of memory, or killed by hand); the other runs go on");
        console.left("w2");
        console.close(2);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pipedItWritesPlainLinesEachNamingItsWorkerAndTheOverallLineAfterARun() {
        String out = sweep(false, Integer.MAX_VALUE);
        List<String> lines = out.lines().toList();

        assertFalse(out.contains("\033") || out.contains("\r"), out);
        assertEquals("w1 [2/3] " + LONG + " · scratch", lines.get(0));
        assertTrue(lines.get(1).startsWith("w2 [3/3] "), out);
        assertEquals("w1 epoch  3/10  loss 0.2345 acc 0.9312  test 0.1234 0.9612  3.4 s  ETA 0:41", lines.get(2));
        assertEquals("w2 done: test accuracy 0.9757, test loss 0.0812, 11.22 s/epoch", lines.get(3));
        assertTrue(lines.get(4).matches("all \\[=+> *\\] 2/3 runs +\\d+%  ETA .*"), lines.get(4));
        assertTrue(lines.get(5).startsWith("w3 crashed training "), "a failure is never cut");
        assertTrue(lines.get(6).matches("1 run trained in \\d+:\\d\\d, up to 2 at once"), lines.get(6));
        lines.stream().filter(l -> !l.contains("crashed")).forEach(l -> assertTrue(l.length() <= ProgressLine.WIDTH, l));
    }

    @Test
    void onATerminalABlockOfOneLinePerWorkerAndTheOverallBarIsRedrawnBelowTheLinesThatStay() {
        String out = sweep(true, 200);

        assertTrue(out.contains("\033[J"), "the block is cleared before it is drawn again");
        assertTrue(out.contains("w1 [==>         ] 3/10  24% loss 0.2345 ETA 0:41  " + LONG.substring(0, 10)), out);
        assertTrue(out.contains("\nall [") && out.contains(" 1/3 runs "), out);
        assertTrue(out.contains("\nw2 ready for its next run\n"), "a worker between runs: " + out);
        String screen = out.substring(out.lastIndexOf("\033[J") + 3);
        assertTrue(screen.matches("1 run trained in \\d+:\\d\\d, up to 2 at once\n"), "the block is gone at the end: " + screen);
        visibleLines(out).filter(l -> !l.contains("crashed")).forEach(l -> assertTrue(l.length() <= ProgressLine.WIDTH, l));
    }

    @Test
    void aNarrowTerminalGetsLinesAsNarrow() {
        visibleLines(sweep(true, 50)).filter(l -> !l.contains("crashed")).forEach(l -> assertTrue(l.length() <= 50, l));
    }

    private static java.util.stream.Stream<String> visibleLines(String out) {
        return Arrays.stream(out.replaceAll("\033\\[\\d*[FJ]", "").split("\n"));
    }
}
