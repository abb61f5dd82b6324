package optlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mean, sample standard deviation and Student's t interval against hand-computed values. */
class SeedSummaryTest {

    @Test
    void fourSeeds() {
        SeedSummary s = SeedSummary.of(1, 2, 3, 4);

        assertEquals(4, s.n());
        assertEquals(2.5, s.mean(), 1e-15);
        // squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5; 5 / 3 under the root
        assertEquals(Math.sqrt(5.0 / 3), s.standardDeviation(), 1e-15);
        // t(0.975, 3 dof) = 3.182446; half-width 3.182446 * sqrt(5/3) / 2 = 2.054260
        Interval ci = s.confidence95().orElseThrow();
        double halfWidth = 3.182446 * Math.sqrt(5.0 / 3) / 2;
        assertEquals(2.5 - halfWidth, ci.low(), 1e-6);
        assertEquals(2.5 + halfWidth, ci.high(), 1e-6);
        assertEquals(0.445740, ci.low(), 1e-6);
    }

    @Test
    void twoSeeds() {
        SeedSummary s = SeedSummary.of(1, 3);

        // std sqrt(2), standard error 1, t(0.975, 1 dof) = 12.706205
        assertEquals(Math.sqrt(2), s.standardDeviation(), 1e-15);
        assertEquals(2 - 12.706205, s.confidence95().orElseThrow().low(), 1e-6);
        assertEquals(2 + 12.706205, s.confidence95().orElseThrow().high(), 1e-6);
    }

    @Test
    void oneSeedHasNoSpreadAndNoInterval() {
        SeedSummary s = SeedSummary.of(0.97);

        assertEquals(1, s.n());
        assertEquals(0.97, s.mean());
        assertEquals(0, s.standardDeviation());
        assertTrue(s.confidence95().isEmpty());
        assertFalse(s.differsSignificantlyFrom(SeedSummary.of(0.1, 0.1001, 0.1002)), "no interval, no significance");
    }

    @Test
    void significantOnlyWhenTheIntervalsDoNotOverlap() {
        SeedSummary a = SeedSummary.of(1, 2, 3, 4);      // [0.446, 4.554]
        SeedSummary b = SeedSummary.of(10, 11, 12, 13);  // [8.446, 12.554]
        SeedSummary c = SeedSummary.of(4, 5, 6, 7);      // [2.446, 6.554]

        assertTrue(a.differsSignificantlyFrom(b));
        assertTrue(b.differsSignificantlyFrom(a));
        assertFalse(a.differsSignificantlyFrom(c));
        assertFalse(a.differsSignificantlyFrom(a));
    }

    @Test
    void touchingIntervalsOverlap() {
        assertTrue(new Interval(0, 1).overlaps(new Interval(1, 2)));
        assertTrue(new Interval(0, 3).overlaps(new Interval(1, 2)));
        assertFalse(new Interval(0, 1).overlaps(new Interval(1.5, 2)));
        assertFalse(new Interval(1.5, 2).overlaps(new Interval(0, 1)));
    }

    @Test
    void emptyOrNonFiniteValuesAreRefused() {
        assertEquals("a seed summary needs at least one value",
                assertThrows(IllegalArgumentException.class, SeedSummary::of).getMessage());
        assertEquals("seed values must be finite, got NaN at index 1",
                assertThrows(IllegalArgumentException.class, () -> SeedSummary.of(1, Double.NaN)).getMessage());
    }
}
