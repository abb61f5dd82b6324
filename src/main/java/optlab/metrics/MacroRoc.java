package optlab.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The macro-average ROC curve as scikit-learn's documentation builds it: every class's true
 * positive rate, linearly interpolated at the sorted union of all classes' false positive rates, and
 * averaged. Where a curve rises vertically at one of those rates it counts with its highest true
 * positive rate there, as {@code numpy.interp} does; so the averaged curve can run slightly above
 * the classes' mean, and its area can exceed the mean of their AUCs by a little.
 */
final class MacroRoc {

    private MacroRoc() {
    }

    /** Averages non-empty {@code curves}; (0,0) is put in front, which adds no area. */
    static RocCurve average(List<RocCurve> curves) {
        double[] grid = unionOfFalsePositiveRates(curves);
        double[] tpr = new double[grid.length + 1];
        for (RocCurve curve : curves) {
            addInterpolated(curve, grid, tpr);
        }
        double[] fpr = new double[grid.length + 1];
        System.arraycopy(grid, 0, fpr, 1, grid.length);
        for (int i = 1; i < tpr.length; i++) {
            tpr[i] /= curves.size();
        }
        return new RocCurve(fpr, tpr, trapezoid(fpr, tpr));
    }

    private static double[] unionOfFalsePositiveRates(List<RocCurve> curves) {
        double[] all = curves.stream().flatMapToDouble(c -> Arrays.stream(c.falsePositiveRate())).toArray();
        Arrays.sort(all);
        int distinct = 0;
        for (double x : all) {
            if (distinct == 0 || x != all[distinct - 1]) {
                all[distinct++] = x;
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /** Adds the curve's interpolated TPR at each grid value to {@code sums[1..]}. */
    private static void addInterpolated(RocCurve curve, double[] grid, double[] sums) {
        double[] xs = curve.falsePositiveRate();
        double[] ys = curve.truePositiveRate();
        int j = 0;
        for (int g = 0; g < grid.length; g++) {
            double x = grid[g];
            while (j + 1 < xs.length && xs[j + 1] <= x) {
                j++;
            }
            // j is now the last point with xs[j] <= x, the highest TPR at a vertical step. Every curve
            // ends at fpr 1, the largest grid value, so j + 1 exists whenever xs[j] < x.
            sums[g + 1] += xs[j] == x ? ys[j] : ys[j] + (ys[j + 1] - ys[j]) * (x - xs[j]) / (xs[j + 1] - xs[j]);
        }
    }

    private static double trapezoid(double[] x, double[] y) {
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2;
        }
        return area;
    }
}
