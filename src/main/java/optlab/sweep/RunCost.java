package optlab.sweep;

import optlab.spec.ModelLayout;
import optlab.spec.RunSpec;

/**
 * What a run costs, roughly: multiply-adds per example through its model, times its epochs. Only
 * the ratios between runs matter, for balancing shards; a dense kernel of in x out weights costs
 * in x out per example, a convolution's kernel that again at every output position.
 */
public final class RunCost {

    private RunCost() {
    }

    public static long of(RunSpec run) {
        long perExample = 0;
        for (ModelLayout.Stage stage : ModelLayout.of(run.model()).stages()) {
            long positions = stage.out().size() == 3 ? (long) stage.out().get(0) * stage.out().get(1) : 1;
            for (ModelLayout.TensorSpec tensor : stage.parameters()) {
                if (tensor.kernel()) {
                    perExample += positions * tensor.shape().stream().mapToLong(Integer::longValue).reduce(1, (a, b) -> a * b);
                }
            }
        }
        return Math.max(1, perExample) * run.epochs();
    }
}
