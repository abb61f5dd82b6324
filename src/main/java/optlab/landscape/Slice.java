package optlab.landscape;

import java.util.List;

/**
 * The training loss over a grid of a plane through weight space, with the paths drawn on it:
 * what one landscape panel shows. {@code loss[j][i]} is the loss at {@code (a[i], b[j])}.
 *
 * @param title what the slice is through: "sgd(lr=0.1), full batch" for a run's own final weights
 * @param base what every weight off the plane is held at, in words
 * @param explained the share of the trajectory's variance the plane holds (PCA view), or null
 * @param seconds the seconds the grid and the paths took to evaluate (not part of the drawn result)
 */
public record Slice(String key, String title, String view, String base, String uLabel, String vLabel, Double explained,
        double[] a, double[] b, double[][] loss, List<SlicePath> paths, double seconds) {

    public Slice {
        paths = List.copyOf(paths);
    }

    /** The lowest and highest loss on the grid. */
    public double[] lossRange() {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : loss) {
            for (double l : row) {
                if (Double.isFinite(l)) {
                    lo = Math.min(lo, l);
                    hi = Math.max(hi, l);
                }
            }
        }
        return new double[] {lo, hi};
    }
}
