package optlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import optlab.results.RunResult;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.OptimizerSpec;

/** Where the report says that an optimizer has no TensorFlow twin, instead of leaving its TensorFlow run out. */
final class NoTwin {

    static final String TEXT = "no TensorFlow twin (textbook form, scratch only)";

    private NoTwin() {
    }

    /**
     * The rows of a per-run table: each optimizer's runs in the experiment's order, with a
     * {@code noTwin} row in the place of a TensorFlow run that {@link ExperimentSpec#runs()} left out;
     * runs of optimizers the experiment does not list come last.
     */
    static <R> List<R> rows(ExperimentSpec spec, List<RunResult> runs, Function<RunResult, R> row, Function<OptimizerSpec, R> noTwin) {
        List<OptimizerSpec> without = spec.withoutTensorFlowTwin();
        List<Implementation> order = spec.implementations();
        boolean tensorflowFirst = order.indexOf(Implementation.TENSORFLOW) < order.indexOf(Implementation.SCRATCH);
        var rows = new ArrayList<R>();
        for (OptimizerSpec optimizer : spec.optimizers().stream().distinct().toList()) {
            List<RunResult> own = runs.stream().filter(r -> r.spec().optimizer().equals(optimizer)).toList();
            boolean missing = without.contains(optimizer);
            if (missing && tensorflowFirst) {
                rows.add(noTwin.apply(optimizer));
            }
            own.forEach(r -> rows.add(row.apply(r)));
            if (missing && !tensorflowFirst) {
                rows.add(noTwin.apply(optimizer));
            }
        }
        runs.stream().filter(r -> !spec.optimizers().contains(r.spec().optimizer())).forEach(r -> rows.add(row.apply(r)));
        return rows;
    }
}
