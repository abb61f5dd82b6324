package optlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import optlab.spec.ExperimentFile;
import optlab.spec.RunSpec;
import org.junit.jupiter.api.Test;

class ShardPlanTest {

    /** Three widths (costs about 1 : 4 : 16), three optimizers, two seeds: 18 runs of unequal cost. */
    private static final List<RunSpec> RUNS = ExperimentFile.parse("""
            model: {layers: [784, 32, 10]}
            vary: {layers: [[784, 32, 10], [784, 128, 10], [784, 512, 10]]}
            repeats: 2
            optimizers: [sgd, adam, momentum]
            """, "x.yaml", "x").runs();

    @Test
    void everyRunBelongsToExactlyOneShard() {
        for (int shards : new int[] {1, 2, 3, 5, 18, 40}) {
            var seen = new ArrayList<RunSpec>();
            for (int i = 1; i <= shards; i++) {
                seen.addAll(ShardPlan.of(RUNS, shards).share(new Shard(i, shards)));
            }
            assertEquals(RUNS.size(), seen.size(), shards + " shards");
            assertEquals(new HashSet<>(RUNS), new HashSet<>(seen), shards + " shards");
        }
    }

    @Test
    void thePlanIsTheSameEveryTimeAndKeepsListOrderWithinAShard() {
        ShardPlan a = ShardPlan.of(RUNS, 4);
        ShardPlan b = ShardPlan.of(List.copyOf(RUNS), 4);
        for (int i = 0; i < RUNS.size(); i++) {
            assertEquals(a.shardOf(i), b.shardOf(i));
        }
        List<RunSpec> share = a.share(new Shard(2, 4));
        assertEquals(RUNS.stream().filter(share::contains).toList(), share);
    }

    @Test
    void sharesAreBalancedByCostNotByCount() {
        int shards = 3;
        ShardPlan plan = ShardPlan.of(RUNS, shards);
        long[] load = new long[shards];
        long largest = 0;
        for (int i = 0; i < RUNS.size(); i++) {
            load[plan.shardOf(i) - 1] += RunCost.of(RUNS.get(i));
            largest = Math.max(largest, RunCost.of(RUNS.get(i)));
        }
        long min = Math.min(load[0], Math.min(load[1], load[2]));
        long max = Math.max(load[0], Math.max(load[1], load[2]));
        // The longest-processing-time rule: no shard is over the lightest by more than one run.
        assertTrue(max - min <= largest, java.util.Arrays.toString(load));
        // and with these costs it is much better than that: within 10% of each other.
        assertTrue(max <= 1.1 * min, java.util.Arrays.toString(load));
    }

    @Test
    void aConvolutionCostsItsKernelAtEveryOutputPosition() {
        RunSpec dense = ExperimentFile.parse("model: {layers: [784, 128, 10]}\noptimizers: [sgd]\n", "x.yaml", "x").runs().get(0);
        RunSpec conv = ExperimentFile.parse("""
                model:
                  input: [28, 28, 1]
                  layers:
                    - conv2d: {filters: 32, kernel: 3, activation: relu}
                    - flatten
                    - dense: {units: 10}
                optimizers: [sgd]
                """, "x.yaml", "x").runs().get(0);
        assertEquals((784L * 128 + 128 * 10) * dense.epochs(), RunCost.of(dense));
        assertEquals((26L * 26 * 9 * 32 + 26 * 26 * 32 * 10) * conv.epochs(), RunCost.of(conv));
    }
}
