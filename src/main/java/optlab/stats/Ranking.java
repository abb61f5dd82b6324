package optlab.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Ranks configurations by the mean of a metric over seeds, marking which gaps are significant. */
public final class Ranking {

    /** Which direction of the metric is better: lower for a loss, higher for an accuracy. */
    public enum Better {
        LOWER, HIGHER
    }

    /**
     * One configuration's place.
     *
     * @param rank 1 for the best mean; equal means keep the input order
     * @param differsFromPrevious whether it is significantly worse than the configuration ranked
     *     just above it ({@link SeedSummary#differsSignificantlyFrom}); false for the leader
     * @param differsFromLeader whether it is significantly worse than the leader; false for the leader
     */
    public record Ranked<T>(int rank, T configuration, SeedSummary summary, boolean differsFromPrevious, boolean differsFromLeader) {
    }

    private Ranking() {
    }

    /** Ranks every configuration in {@code summaries} (iterated in its own order), best first. */
    public static <T> List<Ranked<T>> rank(Map<T, SeedSummary> summaries, Better better) {
        Comparator<Map.Entry<T, SeedSummary>> byMean = Comparator.comparingDouble(e -> e.getValue().mean());
        List<Map.Entry<T, SeedSummary>> sorted = summaries.entrySet().stream()
                .sorted(better == Better.LOWER ? byMean : byMean.reversed())
                .toList();
        var ranked = new ArrayList<Ranked<T>>();
        for (int i = 0; i < sorted.size(); i++) {
            SeedSummary summary = sorted.get(i).getValue();
            boolean differsFromPrevious = i > 0 && summary.differsSignificantlyFrom(sorted.get(i - 1).getValue());
            boolean differsFromLeader = i > 0 && summary.differsSignificantlyFrom(sorted.get(0).getValue());
            ranked.add(new Ranked<>(i + 1, sorted.get(i).getKey(), summary, differsFromPrevious, differsFromLeader));
        }
        return ranked;
    }
}
