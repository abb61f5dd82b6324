package optlab.report;

import java.util.List;
import optlab.results.RunResult;

/**
 * Marks seconds per epoch measured while other runs trained on the machine at once ({@code --jobs}): they include the
 * contention for its cores, so a reader must not take them for an optimizer's or an implementation's speed.
 */
final class Contention {

    private Contention() {
    }

    /** The most runs that trained at once beside any of {@code runs}, each included; 1 when every one trained alone. */
    static int most(List<RunResult> runs) {
        return runs.stream().mapToInt(RunResult::concurrency).max().orElse(1);
    }

    /** " (2 at once)" after seconds measured beside others, else "". */
    static String mark(List<RunResult> runs) {
        int most = most(runs);
        return most > 1 ? " (" + most + " at once)" : "";
    }

    /** What the mark means, or null when every run trained alone. */
    static String note(List<RunResult> runs) {
        int most = most(runs);
        if (most == 1) {
            return null;
        }
        return "Seconds per epoch marked \u201cN at once\u201d were measured with up to N runs training at once on this machine "
                + "(--jobs; here up to " + most + "): the runs shared its cores, so these seconds are longer than a run's alone and "
                + "are no measure of an optimizer or an implementation. To compare speeds, train with --jobs 1.";
    }
}
