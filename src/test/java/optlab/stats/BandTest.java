package optlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A curve's per-epoch summary over seeds whose runs stopped at different epochs. */
class BandTest {

    @Test
    void eachEpochSummarisesTheRunsThatReachedIt() {
        Band band = Band.of(List.of(new double[] {1, 2, 3}, new double[] {3, 4}, new double[] {5}));

        assertEquals(3, band.epochs().size());
        assertEquals(SeedSummary.of(1, 3, 5), band.at(1));
        assertEquals(new SeedSummary(3, 3, 2), band.at(1));
        assertEquals(new SeedSummary(2, 3, Math.sqrt(2)), band.at(2));
        assertEquals(new SeedSummary(1, 3, 0), band.at(3));
    }

    @Test
    void emptyCurvesAddNothing() {
        assertEquals(new SeedSummary(2, 1.5, Math.sqrt(0.5)), Band.of(List.of(new double[] {1}, new double[0], new double[] {2})).at(1));
        assertEquals(List.of(), Band.of(List.of()).epochs());
    }
}
