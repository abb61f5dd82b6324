package optlab.results;

/** Where a run's loss first became NaN or infinite; {@code loss} is "NaN", "Infinity" or "-Infinity". */
public record Divergence(int epoch, long step, String loss) {
}
