package optlab.stats;

/** A closed interval [low, high]. */
public record Interval(double low, double high) {

    /** Whether the two share at least one point; intervals that only touch overlap. */
    public boolean overlaps(Interval other) {
        return low <= other.high && other.low <= high;
    }
}
