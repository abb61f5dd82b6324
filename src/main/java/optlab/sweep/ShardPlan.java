package optlab.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import optlab.spec.RunSpec;

/**
 * A deterministic partition of a list of runs into shards of about equal cost: the runs, most
 * expensive first (ties in list order), each go to the shard with the least cost so far (ties to
 * the lowest shard), the longest-processing-time rule. Every shard computes the same plan from the
 * same list, so no coordination is needed beyond the store.
 */
public final class ShardPlan {

    private final List<RunSpec> runs;
    private final int[] shardOf;

    private ShardPlan(List<RunSpec> runs, int[] shardOf) {
        this.runs = runs;
        this.shardOf = shardOf;
    }

    public static ShardPlan of(List<RunSpec> runs, int shards) {
        long[] costs = runs.stream().mapToLong(RunCost::of).toArray();
        long[] load = new long[shards];
        int[] shardOf = new int[runs.size()];
        List<Integer> order = IntStream.range(0, runs.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -costs[i]).thenComparingInt(i -> i)).toList();
        for (int i : order) {
            int lightest = 0;
            for (int s = 1; s < shards; s++) {
                if (load[s] < load[lightest]) {
                    lightest = s;
                }
            }
            shardOf[i] = lightest + 1;
            load[lightest] += costs[i];
        }
        return new ShardPlan(runs, shardOf);
    }

    /** The shard's runs, in list order. */
    public List<RunSpec> share(Shard shard) {
        var mine = new ArrayList<RunSpec>();
        for (int i = 0; i < runs.size(); i++) {
            if (shardOf[i] == shard.index()) {
                mine.add(runs.get(i));
            }
        }
        return mine;
    }

    /** The shard (1-based) that trains run {@code i} of the list. */
    public int shardOf(int i) {
        return shardOf[i];
    }
}
