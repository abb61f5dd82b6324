package optlab.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A fair learning rate for every configuration: each rate of the grid is trained on
 * {@code implementation} with the experiment's first seed for {@code epochs} epochs, and the rate
 * with the lowest final validation loss wins. The test set takes no part in the choice.
 */
public record TuneSpec(List<Double> learningRates, int epochs, Implementation implementation) {

    public TuneSpec {
        learningRates = List.copyOf(learningRates);
        if (learningRates.isEmpty()) {
            throw new SpecException("tune.lr lists no learning rates");
        }
        for (double lr : learningRates) {
            if (!(lr > 0) || Double.isInfinite(lr)) {
                throw new SpecException("tune.lr must hold positive numbers, got " + lr);
            }
        }
        if (epochs <= 0) {
            throw new SpecException("tune.epochs must be positive, got " + epochs);
        }
    }

    /** {@code from}, then every 10^(1/perDecade) times more, up to {@code to} (rounded to 3 significant digits). */
    /** The most learning rates one search may train: each is a run per configuration. */
    public static final int MAX_RATES = 100;

    public static List<Double> logGrid(double from, double to, int perDecade) {
        if (!(from > 0) || !(to >= from) || Double.isInfinite(to)) {
            throw new SpecException("tune.lr needs 0 < from <= to, got from " + from + " to " + to);
        }
        if (perDecade <= 0) {
            throw new SpecException("tune.lr.per_decade must be positive, got " + perDecade);
        }
        double decades = Math.log10(to / from);
        if (Math.round(decades * perDecade) + 1 > MAX_RATES) {
            throw new SpecException("tune.lr from " + from + " to " + to + " at " + perDecade + " per decade is "
                    + (Math.round(decades * perDecade) + 1) + " rates, more than the " + MAX_RATES + " a search may try");
        }
        var grid = new ArrayList<Double>();
        for (int i = 0; i <= Math.round(decades * perDecade); i++) {
            double lr = from * Math.pow(10, (double) i / perDecade);
            grid.add(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", lr)));
        }
        return grid;
    }
}
