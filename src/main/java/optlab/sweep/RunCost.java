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
        long perExample = ModelLayout.of(run.model()).products(1).stream().mapToLong(ModelLayout.Product::multiplyAdds).sum();
        return Math.max(1, perExample) * run.epochs();
    }
}
