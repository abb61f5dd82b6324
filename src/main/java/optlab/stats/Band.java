package optlab.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A curve (a metric per epoch) summarised over seeds, epoch by epoch: {@code epochs.get(e - 1)}
 * summarises epoch e. Runs that stop early (early stopping, divergence) have shorter curves; each
 * epoch's summary covers only the runs that reached it, so its n falls where runs stopped, and a
 * late epoch's mean describes the survivors, not every seed. The band is as long as the longest
 * curve. Keep only the epochs whose n equals the number of curves to compare one fixed set of runs.
 */
public record Band(List<SeedSummary> epochs) {

    public Band {
        epochs = List.copyOf(epochs);
    }

    /** @param curves one curve per seed, value e - 1 for epoch e; lengths may differ */
    public static Band of(List<double[]> curves) {
        int longest = curves.stream().mapToInt(c -> c.length).max().orElse(0);
        var epochs = new ArrayList<SeedSummary>();
        for (int e = 0; e < longest; e++) {
            int epoch = e;
            double[] reached = curves.stream().filter(c -> c.length > epoch).mapToDouble(c -> c[epoch]).toArray();
            epochs.add(SeedSummary.of(reached));
        }
        return new Band(epochs);
    }

    /** The summary of epoch {@code epoch} (1-based). */
    public SeedSummary at(int epoch) {
        return epochs.get(epoch - 1);
    }
}
