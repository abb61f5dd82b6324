package optlab.report.landscape;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import optlab.landscape.Interpolation;
import optlab.landscape.Slice;
import optlab.landscape.SlicePath;
import optlab.landscape.SlicePoint;
import optlab.report.ChartStyle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The landscape's static charts: a contour map per slice with its paths, and the loss, distance and interpolation lines. */
final class LandscapeCharts {

    private static final Color ISO_LINE = new Color(40, 40, 40, 110);
    private static final Font SMALL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private final Map<String, Color> colours;

    /** @param colours each configuration's colour, as the report's other charts draw it */
    LandscapeCharts(Map<String, Color> colours) {
        this.colours = colours;
    }

    Color colour(String configuration) {
        return colours.getOrDefault(configuration, Color.DARK_GRAY);
    }

    /**
     * The slice's loss as a heat map with iso-lines at the scale's levels, each path on top (white
     * halo, its colour), its start an open circle and its end a filled one.
     */
    JFreeChart contour(Slice slice, String title, LossScale scale, List<List<IsoLines.Polyline>> isoLines, BufferedImage heat) {
        var levels = new XYSeriesCollection();
        double[] values = scale.levels();
        for (int k = 0; k < isoLines.size(); k++) {
            var series = new XYSeries("loss " + values[k], false, true);
            for (IsoLines.Polyline line : isoLines.get(k)) {
                for (int p = 0; p < line.x().length; p++) {
                    series.add(line.x()[p], line.y()[p]);
                }
                series.add(line.x()[0], Double.NaN);
            }
            levels.addSeries(series);
        }
        var paths = new XYSeriesCollection();
        var ends = new XYSeriesCollection();
        for (SlicePath path : slice.paths()) {
            var halo = new XYSeries(path.configuration() + " halo", false, true);
            var line = new XYSeries(path.configuration(), false, true);
            for (SlicePoint p : path.points()) {
                halo.add(p.a(), p.b());
                line.add(p.a(), p.b());
            }
            paths.addSeries(halo);
            paths.addSeries(line);
            var start = new XYSeries(path.configuration() + " start", false, true);
            var end = new XYSeries(path.configuration() + " end", false, true);
            if (!path.points().isEmpty()) {
                start.add(path.points().get(0).a(), path.points().get(0).b());
                SlicePoint last = path.points().get(path.points().size() - 1);
                end.add(last.a(), last.b());
            }
            ends.addSeries(start);
            ends.addSeries(end);
        }
        var xAxis = new NumberAxis(slice.uLabel());
        var yAxis = new NumberAxis(slice.vLabel());
        double[] xs = extent(slice.a());
        double[] ys = extent(slice.b());
        xAxis.setRange(xs[0], xs[1]);
        yAxis.setRange(ys[0], ys[1]);
        var plot = new XYPlot(levels, xAxis, yAxis, isoRenderer(levels.getSeriesCount()));
        plot.setDataset(1, paths);
        plot.setRenderer(1, pathRenderer(slice.paths()));
        plot.setDataset(2, ends);
        plot.setRenderer(2, endRenderer(slice.paths()));
        // Iso-lines, then the paths, then their ends; each path's white halo before its line.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.getRenderer(0).addAnnotation(new XYDataImageAnnotation(heat, xs[0], ys[0], xs[1] - xs[0], ys[1] - ys[0]), Layer.BACKGROUND);
        var chart = new JFreeChart(title, SMALL_TITLE, plot, slice.paths().size() > 1);
        if (slice.paths().size() > 1) {
            var items = new LegendItemCollection();
            for (SlicePath path : slice.paths()) {
                items.add(new LegendItem(path.configuration(), colour(path.configuration())));
            }
            plot.setFixedLegendItems(items);
        }
        var legend = new PaintScaleLegend(scale, new NumberAxis("loss"));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(10);
        legend.setMargin(4, 6, 4, 2);
        legend.getAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        legend.getAxis().setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        chart.addSubtitle(legend);
        ChartStyle.apply(chart);
        chart.getTitle().setFont(SMALL_TITLE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return chart;
    }

    /** The grid's outer edges: each point is the centre of its pixel of the heat map. */
    static double[] extent(double[] axis) {
        double half = axis.length > 1 ? (axis[1] - axis[0]) / 2 : 0.5;
        return new double[] {axis[0] - half, axis[axis.length - 1] + half};
    }

    /** A value of each path's points against the step: the loss at its weights, or its distance from the slice. */
    JFreeChart perStep(String title, String yLabel, List<SlicePath> paths, ToDoubleFunction<SlicePoint> value) {
        var data = new XYSeriesCollection();
        for (SlicePath path : paths) {
            var series = new XYSeries(path.configuration(), false, true);
            path.points().forEach(p -> series.add(p.step(), value.applyAsDouble(p)));
            data.addSeries(series);
        }
        JFreeChart chart = lines(title, "step", yLabel, data);
        ((NumberAxis) chart.getXYPlot().getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    /** The loss along each run's straight line from its first weights (t = 0) to its last (t = 1). */
    JFreeChart interpolation(List<Interpolation> lines) {
        var data = new XYSeriesCollection();
        for (Interpolation line : lines) {
            var series = new XYSeries(line.configuration(), false, true);
            for (int k = 0; k < line.t().length; k++) {
                series.add(line.t()[k], line.loss()[k]);
            }
            data.addSeries(series);
        }
        JFreeChart chart = lines("Loss along the straight line from the first weights (t = 0) to the last (t = 1)",
                "t", "loss", data);
        for (double t : new double[] {0, 1}) {
            var marker = new ValueMarker(t, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
            chart.getXYPlot().addDomainMarker(marker);
        }
        return chart;
    }

    private JFreeChart lines(String title, String xLabel, String yLabel, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        var renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, colour(String.valueOf(data.getSeriesKey(s))));
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        chart.getXYPlot().setRenderer(renderer);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        ChartStyle.apply(chart);
        return chart;
    }

    private static XYLineAndShapeRenderer isoRenderer(int count) {
        var renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < count; s++) {
            renderer.setSeriesPaint(s, ISO_LINE);
            renderer.setSeriesStroke(s, new BasicStroke(0.8f));
            renderer.setSeriesVisibleInLegend(s, false);
        }
        return renderer;
    }

    private XYLineAndShapeRenderer pathRenderer(List<SlicePath> paths) {
        var renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int p = 0; p < paths.size(); p++) {
            renderer.setSeriesPaint(2 * p, Color.WHITE);
            renderer.setSeriesStroke(2 * p, new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesPaint(2 * p + 1, colour(paths.get(p).configuration()));
            renderer.setSeriesStroke(2 * p + 1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        return renderer;
    }

    private XYLineAndShapeRenderer endRenderer(List<SlicePath> paths) {
        var renderer = new XYLineAndShapeRenderer(false, true);
        var circle = new Ellipse2D.Double(-5, -5, 10, 10);
        for (int p = 0; p < paths.size(); p++) {
            Color colour = colour(paths.get(p).configuration());
            renderer.setSeriesShape(2 * p, circle);
            renderer.setSeriesPaint(2 * p, colour);
            renderer.setSeriesFillPaint(2 * p, Color.WHITE);
            renderer.setSeriesShape(2 * p + 1, circle);
            renderer.setSeriesPaint(2 * p + 1, colour);
            renderer.setSeriesFillPaint(2 * p + 1, colour);
        }
        renderer.setUseFillPaint(true);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(true);
        renderer.setDefaultOutlinePaint(Color.BLACK);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.2f));
        return renderer;
    }
}
