package optlab.stats;

import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * One metric of one configuration over its seeds.
 *
 * @param n the number of seeds
 * @param standardDeviation the sample standard deviation (n - 1 in the denominator); 0 when n = 1
 */
public record SeedSummary(int n, double mean, double standardDeviation) {

    /**
     * @throws IllegalArgumentException if there are no values or one is not finite (a diverged run
     *     has no final metric: the caller decides whether to leave it out)
     */
    public static SeedSummary of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a seed summary needs at least one value");
        }
        var stats = new DescriptiveStatistics();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("seed values must be finite, got " + values[i] + " at index " + i);
            }
            stats.addValue(values[i]);
        }
        // commons-math's sample standard deviation (n - 1); of one value it is 0, not NaN, as this record documents.
        return new SeedSummary(values.length, stats.getMean(), values.length == 1 ? 0 : stats.getStandardDeviation());
    }

    /**
     * The 95% confidence interval of the mean, mean +- t * std / sqrt(n) with t the 0.975 quantile
     * of Student's t with n - 1 degrees of freedom; empty when n = 1, where one value says nothing
     * about the spread.
     */
    public Optional<Interval> confidence95() {
        if (n < 2) {
            return Optional.empty();
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        double halfWidth = t * standardDeviation / Math.sqrt(n);
        return Optional.of(new Interval(mean - halfWidth, mean + halfWidth));
    }

    /**
     * Whether this configuration and {@code other} differ significantly: only when both have a 95%
     * interval and the two do not overlap. This is conservative: non-overlapping 95% intervals of
     * two means mean a difference significant at well under 5% (about 0.6% for equal standard
     * errors), so it rarely claims a difference that is not there, but overlapping intervals do not
     * rule one out, and it misses differences a two-sample t-test would find.
     */
    public boolean differsSignificantlyFrom(SeedSummary other) {
        Optional<Interval> mine = confidence95();
        Optional<Interval> theirs = other.confidence95();
        return mine.isPresent() && theirs.isPresent() && !mine.get().overlaps(theirs.get());
    }
}
