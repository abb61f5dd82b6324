package optlab.report.landscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Iso-lines of a gridded function by marching squares, joined into polylines. {@code z[j][i]} is the
 * value at {@code (x[i], y[j])}; a crossing of a cell edge is placed by linear interpolation along
 * it, and a saddle cell (two opposite corners above the level, two below) is resolved by the mean of
 * its corners. A line that leaves the grid is open, one that stays inside is closed (its first point
 * repeated at the end).
 */
final class IsoLines {

    /** One connected piece of an iso-line. */
    record Polyline(double[] x, double[] y) {
    }

    private IsoLines() {
    }

    static List<Polyline> of(double[] x, double[] y, double[][] z, double level) {
        int nx = x.length;
        int ny = y.length;
        // Each crossing lives on a cell edge, numbered so that neighbouring cells name it alike:
        // horizontal edge (i, j)-(i+1, j) is 2 (j nx + i), vertical edge (i, j)-(i, j+1) is 2 (j nx + i) + 1.
        Map<Integer, List<Integer>> links = new HashMap<>();
        Map<Integer, double[]> points = new HashMap<>();
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                double z00 = z[j][i];
                double z10 = z[j][i + 1];
                double z11 = z[j + 1][i + 1];
                double z01 = z[j + 1][i];
                if (!(Double.isFinite(z00) && Double.isFinite(z10) && Double.isFinite(z11) && Double.isFinite(z01))) {
                    continue;
                }
                int bottom = 2 * (j * nx + i);
                int top = 2 * ((j + 1) * nx + i);
                int left = 2 * (j * nx + i) + 1;
                int right = 2 * (j * nx + i + 1) + 1;
                int mask = (z00 > level ? 1 : 0) | (z10 > level ? 2 : 0) | (z11 > level ? 4 : 0) | (z01 > level ? 8 : 0);
                if (mask == 0 || mask == 15) {
                    continue;
                }
                points.put(bottom, crossing(x[i], y[j], z00, x[i + 1], y[j], z10, level));
                points.put(top, crossing(x[i], y[j + 1], z01, x[i + 1], y[j + 1], z11, level));
                points.put(left, crossing(x[i], y[j], z00, x[i], y[j + 1], z01, level));
                points.put(right, crossing(x[i + 1], y[j], z10, x[i + 1], y[j + 1], z11, level));
                boolean centreAbove = (z00 + z10 + z11 + z01) / 4 > level;
                switch (mask) {
                    case 1, 14 -> link(links, left, bottom);
                    case 2, 13 -> link(links, bottom, right);
                    case 3, 12 -> link(links, left, right);
                    case 4, 11 -> link(links, right, top);
                    case 6, 9 -> link(links, bottom, top);
                    case 7, 8 -> link(links, left, top);
                    case 5 -> {
                        // Corners 00 and 11 above: joined through an above centre, else cut off.
                        link(links, left, centreAbove ? top : bottom);
                        link(links, right, centreAbove ? bottom : top);
                    }
                    case 10 -> {
                        link(links, left, centreAbove ? bottom : top);
                        link(links, right, centreAbove ? top : bottom);
                    }
                    default -> throw new IllegalStateException("mask " + mask);
                }
            }
        }
        return chains(links, points);
    }

    private static double[] crossing(double x0, double y0, double z0, double x1, double y1, double z1, double level) {
        double t = z1 == z0 ? 0.5 : (level - z0) / (z1 - z0);
        t = Math.max(0, Math.min(1, t));
        return new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)};
    }

    private static void link(Map<Integer, List<Integer>> links, int from, int to) {
        links.computeIfAbsent(from, k -> new ArrayList<>(2)).add(to);
        links.computeIfAbsent(to, k -> new ArrayList<>(2)).add(from);
    }

    /** Walks the crossings into polylines: open ones from their ends first, then the closed loops; in edge order, so the result is stable. */
    private static List<Polyline> chains(Map<Integer, List<Integer>> links, Map<Integer, double[]> points) {
        List<Integer> order = links.keySet().stream().sorted().toList();
        var seen = new HashSet<Integer>();
        var lines = new ArrayList<Polyline>();
        for (boolean open : new boolean[] {true, false}) {
            for (int start : order) {
                if (seen.contains(start) || (open && links.get(start).size() != 1)) {
                    continue;
                }
                var walk = new ArrayList<Integer>();
                int previous = -1;
                int at = start;
                while (at >= 0 && seen.add(at)) {
                    walk.add(at);
                    int next = -1;
                    for (int n : links.get(at)) {
                        if (n != previous && !seen.contains(n)) {
                            next = n;
                            break;
                        }
                    }
                    previous = at;
                    at = next;
                }
                if (!open) {
                    walk.add(start);
                }
                double[] xs = new double[walk.size()];
                double[] ys = new double[walk.size()];
                for (int k = 0; k < walk.size(); k++) {
                    xs[k] = points.get(walk.get(k))[0];
                    ys[k] = points.get(walk.get(k))[1];
                }
                lines.add(new Polyline(xs, ys));
            }
        }
        return lines;
    }
}
