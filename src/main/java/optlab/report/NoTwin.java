package optlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.OptimizerCatalog;

/** Where the report says that an optimizer has no TensorFlow twin, instead of leaving its TensorFlow run out. */
final class NoTwin {

    static final String TEXT = "no TensorFlow twin (textbook form, scratch only)";

    private NoTwin() {
    }

    /** Whether {@code group} is the scratch side of a configuration whose TensorFlow run the experiment asked for but cannot have. */
    static boolean lacksTwin(ExperimentSpec spec, RunGroup group) {
        return spec.implementations().contains(Implementation.TENSORFLOW) && group.implementation() == Implementation.SCRATCH
                && !OptimizerCatalog.runsOnTensorFlow(group.runs().get(0).spec().optimizer().name());
    }

    /**
     * The rows of a per-run table, group by group, with a {@code noTwin} row after (or before, when
     * TensorFlow is listed first) the scratch group of a configuration whose optimizer has no
     * TensorFlow twin, when the experiment asked for TensorFlow runs.
     */
    static <R> List<R> rows(ExperimentSpec spec, List<RunGroup> groups, Function<RunResult, R> row, Function<RunGroup, R> noTwin) {
        List<Implementation> order = spec.implementations();
        boolean tensorflowFirst = order.indexOf(Implementation.TENSORFLOW) < order.indexOf(Implementation.SCRATCH);
        var rows = new ArrayList<R>();
        for (RunGroup group : groups) {
            boolean missing = lacksTwin(spec, group);
            if (missing && tensorflowFirst) {
                rows.add(noTwin.apply(group));
            }
            group.runs().forEach(r -> rows.add(row.apply(r)));
            if (missing && !tensorflowFirst) {
                rows.add(noTwin.apply(group));
            }
        }
        return rows;
    }
}
