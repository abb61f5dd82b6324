package optlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import optlab.stats.Ranking.Better;
import optlab.stats.Ranking.Ranked;
import org.junit.jupiter.api.Test;

/** Configurations in order of their mean, with the significant gaps marked. */
class RankingTest {

    private final Map<String, SeedSummary> accuracies = new LinkedHashMap<>();

    RankingTest() {
        accuracies.put("sgd", SeedSummary.of(1, 2, 3, 4));            // mean 2.5, [0.446, 4.554]
        accuracies.put("adam", SeedSummary.of(10, 11, 12, 13));       // mean 11.5, [8.446, 12.554]
        accuracies.put("momentum", SeedSummary.of(8, 9, 10, 11));     // mean 9.5, [6.446, 12.554]
        accuracies.put("nadam", SeedSummary.of(10));                  // one seed: no interval
    }

    @Test
    void higherIsBetter() {
        List<Ranked<String>> ranked = Ranking.rank(accuracies, Better.HIGHER);

        assertEquals(List.of("adam", "nadam", "momentum", "sgd"), ranked.stream().map(Ranked::configuration).toList());
        assertEquals(List.of(1, 2, 3, 4), ranked.stream().map(Ranked::rank).toList());
        // nadam has no interval; momentum overlaps adam; sgd lies below momentum's and adam's intervals.
        assertEquals(List.of(false, false, false, true), ranked.stream().map(Ranked::differsFromPrevious).toList());
        assertEquals(List.of(false, false, false, true), ranked.stream().map(Ranked::differsFromLeader).toList());
    }

    @Test
    void lowerIsBetter() {
        accuracies.remove("nadam");

        List<Ranked<String>> ranked = Ranking.rank(accuracies, Better.LOWER);

        assertEquals(List.of("sgd", "momentum", "adam"), ranked.stream().map(Ranked::configuration).toList());
        assertEquals(List.of(false, true, false), ranked.stream().map(Ranked::differsFromPrevious).toList());
        assertEquals(List.of(false, true, true), ranked.stream().map(Ranked::differsFromLeader).toList());
        assertEquals(accuracies.get("momentum"), ranked.get(1).summary());
    }

    @Test
    void equalMeansKeepTheInputOrder() {
        var tied = new LinkedHashMap<String, SeedSummary>();
        tied.put("b", SeedSummary.of(1, 3));
        tied.put("a", SeedSummary.of(2, 2));

        assertEquals(List.of("b", "a"), Ranking.rank(tied, Better.LOWER).stream().map(Ranked::configuration).toList());
        assertEquals(List.of("b", "a"), Ranking.rank(tied, Better.HIGHER).stream().map(Ranked::configuration).toList());
    }
}
