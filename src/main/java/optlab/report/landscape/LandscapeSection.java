package optlab.report.landscape;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import optlab.landscape.LandscapeRunner;
import optlab.landscape.Slice;
import optlab.landscape.SlicePath;
import optlab.landscape.SlicePoint;
import optlab.report.SvgChart;
import optlab.report.interactive.ChartJson;
import org.jfree.chart.JFreeChart;

/**
 * What the report's landscape section shows, already drawn: a contour map per slice (small multiples
 * when every optimizer has its own), the loss and the distance from the slice along each path, the
 * 1-D interpolations, a table of the paths, and the JSON of the interactive explorer.
 *
 * @param shared one slice carries every path
 * @param planes each run has a plane of its own (PCA or random directions), which holds a share of its path's variance
 * @param explorer the explorer's data, safe inside a {@code <script>} element
 */
public record LandscapeSection(String note, boolean shared, boolean planes, List<Panel> panels, Figure loss, Figure distance, Figure line,
        List<PathRow> paths, String explorer, String script) {

    /** A chart as the page carries it; {@code data} is its JSON for the interactive layer, or null. */
    public record Figure(String svg, String data) {
    }

    public record Panel(String svg) {
    }

    public record PathRow(String configuration, String colour, String slice, String explained, String points, String firstLoss,
            String lastLoss, String maxDistance) {
    }

    static final String TRAJECTORY_CSV = "landscape-trajectory.csv";
    static final String LINE_CSV = "landscape-line.csv";
    private static final int PANEL_WIDTH = 420;
    private static final int PANEL_HEIGHT = 380;
    private static final int WIDE = 560;
    private static final int HEIGHT = 400;

    /**
     * @param colours each configuration's colour, as the report's other charts draw it
     * @return the section, or null when there is no landscape to draw
     */
    public static LandscapeSection of(LandscapeRunner.Landscapes landscapes, Map<String, Color> colours) {
        List<Slice> slices = landscapes.slices();
        if (slices.isEmpty()) {
            return null;
        }
        var charts = new LandscapeCharts(colours);
        boolean shared = slices.size() == 1 && slices.get(0).paths().size() > 1;
        boolean ownPlanes = !"coordinates".equals(slices.get(0).view());
        var ids = new Ids();
        var panels = new ArrayList<Panel>();
        var views = new ArrayList<ExplorerJson.View>();
        // Slices over the same two weights share one colour scale, so their panels can be compared.
        LossScale common = LossScale.over(slices.stream().map(Slice::loss).toList());
        for (Slice slice : slices) {
            LossScale scale = ownPlanes ? LossScale.over(List.<double[][]>of(slice.loss())) : common;
            var isoLines = new ArrayList<List<IsoLines.Polyline>>();
            for (double level : scale.levels()) {
                isoLines.add(IsoLines.of(slice.a(), slice.b(), slice.loss(), level));
            }
            BufferedImage heat = scale.image(slice.loss());
            String title = shared ? "Every path over the slice through " + slice.base() : slice.title() + explained(slice, " · ");
            JFreeChart contour = charts.contour(slice, title, scale, isoLines, heat);
            panels.add(new Panel(SvgChart.render(contour, ids.next(), shared ? WIDE + 140 : PANEL_WIDTH, shared ? HEIGHT + 120 : PANEL_HEIGHT)));
            views.add(new ExplorerJson.View(slice, title, scale, isoLines, LossScale.dataUri(heat)));
        }
        List<SlicePath> paths = distinctPaths(slices);
        Figure loss = figure(charts.perStep("Training loss along each path (the whole training set, at the path's weights)", "loss",
                paths, SlicePoint::trueLoss), ids, TRAJECTORY_CSV);
        Figure distance = figure(charts.perStep("Distance of each path from its slice", "distance from the slice", paths,
                SlicePoint::distance), ids, TRAJECTORY_CSV);
        Figure line = landscapes.lines().isEmpty() ? null : figure(charts.interpolation(landscapes.lines()), ids, LINE_CSV);
        var rows = new ArrayList<PathRow>();
        for (Slice slice : slices) {
            for (SlicePath path : slice.paths()) {
                List<SlicePoint> points = path.points();
                rows.add(new PathRow(path.configuration(), LossScale.hex(charts.colour(path.configuration())), slice.title(),
                        slice.explained() == null ? "–" : percent(slice.explained()), String.valueOf(points.size()),
                        points.isEmpty() ? "–" : f4(points.get(0).trueLoss()), points.isEmpty() ? "–" : f4(points.get(points.size() - 1).trueLoss()),
                        f4(path.maxDistance())));
            }
        }
        return new LandscapeSection(note(slices, shared, ownPlanes), shared, ownPlanes, panels, loss, distance, line, rows,
                ExplorerJson.of(views, shared, charts), ExplorerJson.script());
    }

    /** Each run's path once: with own bases every slice has its run's, with a shared one the slice has them all. */
    private static List<SlicePath> distinctPaths(List<Slice> slices) {
        Map<String, SlicePath> byRun = new LinkedHashMap<>();
        slices.forEach(s -> s.paths().forEach(p -> byRun.putIfAbsent(p.runId(), p)));
        return List.copyOf(byRun.values());
    }

    private static String note(List<Slice> slices, boolean shared, boolean ownPlanes) {
        Slice first = slices.get(0);
        String grid = first.a().length + " × " + first.b().length + " grid";
        String drawn = " A path's point is drawn where its weights project onto the plane, at the slice's loss there (so it sits on the surface);"
                + " its own loss (at its weights) and its distance from the slice (how far its other weights are from the plane) are in the"
                + " tooltips, the distance chart and " + TRAJECTORY_CSV + ". The grid is in landscape-grid.csv.";
        if (ownPlanes) {
            return "Each run's path in a plane of its own (" + first.view() + " view: " + first.uLabel().replaceAll(" \\(.*", "") + " and "
                    + first.vLabel().replaceAll(" \\(.*", "") + " through " + first.base() + "), the training loss over a " + grid
                    + " of it. The share of the path's variance that its plane holds is given with each slice: what is left lies off the plane."
                    + drawn;
        }
        if (shared) {
            return "The training loss as a function of " + first.uLabel() + " and " + first.vLabel() + " over a " + grid
                    + ", every other weight held at " + first.base() + ", with every optimizer's path. Only the points whose other weights"
                    + " equal the base lie on the slice; the distance chart and the table say how far off it each path ran." + drawn;
        }
        return "Each optimizer's path over the training loss as a function of " + first.uLabel() + " and " + first.vLabel() + " (a " + grid
                + " over the same range for every optimizer, one colour scale), every other weight held at " + first.base()
                + ": a slice per optimizer, on which its final point lies (distance 0)." + drawn;
    }

    private static String explained(Slice slice, String prefix) {
        return slice.explained() == null ? "" : prefix + "the plane holds " + percent(slice.explained()) + " of the path's variance";
    }

    private static Figure figure(JFreeChart chart, Ids ids, String csv) {
        return new Figure(SvgChart.render(chart, ids.next(), WIDE, HEIGHT), ChartJson.of(chart, false, csv).orElse(null));
    }

    private static String f4(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "–";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** Chart ids of this section, apart from the rest of the page's and the same on every run. */
    private static final class Ids {
        private int next = 1;

        String next() {
            return "landscape" + next++;
        }
    }
}
