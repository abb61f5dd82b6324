package optlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import optlab.metrics.RocCurve;
import optlab.stats.Band;
import optlab.stats.SeedSummary;
import optlab.results.RunResult;
import optlab.spec.Reference;
import optlab.train.EpochStats;
import optlab.train.IterationStats;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's charts as JFreeChart objects. Each configuration has one colour; on the curves,
 * scratch is solid and TensorFlow dashed, so a pair that agrees shows as one line with a dashed
 * twin on top. With several seeds a line is their mean and the shaded band one standard deviation
 * either side; a cross marks where early stopping ended a run. A published reference curve is drawn
 * grey and dashed beside the measured ones.
 */
final class Charts {

    private static final double ROC_RESOLUTION = 0.002;
    private static final double LOG_FPR_FLOOR = 1e-4;
    private static final float BAND_ALPHA = 0.15f;
    private static final Color PUBLISHED = new Color(0x8C8C8C);

    private final List<RunGroup> groups;
    /** Published curves, or null. */
    private final Reference reference;

    Charts(List<RunGroup> groups, Reference reference) {
        this.groups = groups;
        this.reference = reference;
    }

    /**
     * {@link #perEpoch} with the reference file's curve of each optimizer the groups ran, grey and dashed,
     * named "published · " and the optimizer.
     */
    JFreeChart perEpoch(String title, String axis, ToDoubleFunction<EpochStats> metric, ToDoubleFunction<Reference.Point> published) {
        JFreeChart chart = perEpoch(title, axis, metric);
        if (reference == null) {
            return chart;
        }
        var data = new XYSeriesCollection();
        for (Reference.Curve curve : reference.curves()) {
            if (groups.stream().anyMatch(g -> g.runs().get(0).spec().optimizer().equals(curve.optimizer()))) {
                var series = new XYSeries("published · " + curve.optimizer().label() + " (" + curve.name() + ")", false, true);
                curve.epochs().forEach(p -> series.add(p.epoch(), published.applyAsDouble(p)));
                data.addSeries(series);
            }
        }
        var renderer = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, PUBLISHED);
            renderer.setSeriesStroke(s, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            renderer.setSeriesShape(s, ShapeUtils.createDiamond(2.5f));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(2, data);
        plot.setRenderer(2, renderer);
        return chart;
    }

    /** Per group, the mean over seeds of an epoch metric against the epoch number, with its band. */
    JFreeChart perEpoch(String title, String axis, ToDoubleFunction<EpochStats> metric) {
        var bands = new YIntervalSeriesCollection();
        var stops = new XYSeriesCollection();
        for (RunGroup group : groups) {
            var curves = group.runs().stream()
                    .map(r -> r.history().epochs().stream().mapToDouble(metric).toArray()).toList();
            Band band = Band.of(curves);
            bands.addSeries(band(group.label(), band, IntStream.rangeClosed(1, band.epochs().size()).asDoubleStream().toArray()));
            var stopped = new XYSeries(group.label() + " stopped", false, true);
            for (RunResult run : group.runs()) {
                int epoch = run.history().stoppedEpoch();
                if (epoch > 0) {
                    stopped.add(epoch, metric.applyAsDouble(run.history().epochs().get(epoch - 1)));
                }
            }
            stops.addSeries(stopped);
        }
        JFreeChart chart = bandChart(title, "epoch", axis, bands);
        XYPlot plot = chart.getXYPlot();
        var crosses = new XYLineAndShapeRenderer(false, true);
        for (int s = 0; s < groups.size(); s++) {
            crosses.setSeriesPaint(s, RunStyle.colour(groups.get(s).colour()));
            crosses.setSeriesShape(s, ShapeUtils.createDiagonalCross(5f, 1.2f));
            crosses.setSeriesVisibleInLegend(s, false);
        }
        plot.setDataset(1, stops);
        plot.setRenderer(1, crosses);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    /** Per group, the mean over seeds of a logged iteration metric against the step, with its band. */
    JFreeChart perIteration(String title, ToDoubleFunction<IterationStats> metric) {
        var bands = new YIntervalSeriesCollection();
        for (RunGroup group : groups) {
            List<IterationStats> longest = group.runs().stream().map(r -> r.history().iterations())
                    .max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
            var curves = group.runs().stream().map(r -> r.history().iterations().stream().mapToDouble(metric).toArray()).toList();
            bands.addSeries(band(group.label(), Band.of(curves), longest.stream().mapToDouble(IterationStats::step).toArray()));
        }
        return bandChart(title, "step", "loss", bands);
    }

    /** The groups' first completed runs: one ROC curve per configuration and implementation, not per seed. */
    List<RunResult> representatives() {
        return groups.stream().flatMap(g -> g.completed().stream().limit(1)).toList();
    }

    /**
     * The macro-average ROC curve of every completed run; with {@code logScale} the false positive
     * rate is drawn on a log axis, where curves of good classifiers, all crowded into the top-left
     * corner on the linear square, come apart.
     */
    JFreeChart macroRoc(boolean logScale) {
        List<RunResult> completed = representatives();
        var data = new XYSeriesCollection();
        for (RunResult run : completed) {
            data.addSeries(roc(RunGroup.holding(groups, run).label() + String.format(java.util.Locale.ROOT, " (AUC %.4f)", run.evaluation().macroAuc()),
                    run.evaluation().macroRoc(), logScale));
        }
        String title = "Macro-average ROC" + (logScale ? ", log false positive rate" : "");
        JFreeChart chart = runLines(title, "false positive rate", "true positive rate", data, completed, false);
        XYPlot plot = chart.getXYPlot();
        if (logScale) {
            plot.setDomainAxis(logFalsePositiveRate());
        } else {
            plot.getDomainAxis().setRange(0, 1);
        }
        plot.getRangeAxis().setRange(0, 1.005);
        return chart;
    }

    /** One-vs-rest ROC curve of each class of one run. */
    static JFreeChart rocPerClass(RunResult run) {
        var data = new XYSeriesCollection();
        List<RocCurve> curves = run.evaluation().rocPerClass();
        for (int k = 0; k < curves.size(); k++) {
            if (curves.get(k) != null) {
                data.addSeries(roc(String.format(java.util.Locale.ROOT, "%d (AUC %.4f)", k, curves.get(k).auc()), curves.get(k), true));
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(null, "false positive rate", "true positive rate", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(logFalsePositiveRate());
        var renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, ClassStyle.colour(s));
            renderer.setSeriesStroke(s, ClassStyle.stroke(s));
        }
        plot.setRenderer(renderer);
        ChartStyle.apply(chart);
        plot.getRangeAxis().setRange(0, 1.005);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        return chart;
    }

    /** Macro AUC, the mean over seeds: configurations along the axis, one bar per implementation. */
    JFreeChart macroAucBars() {
        var data = new DefaultCategoryDataset();
        double lowest = 1;
        for (RunGroup group : groups) {
            double auc = group.completed().stream().mapToDouble(r -> r.evaluation().macroAuc()).average().orElse(Double.NaN);
            if (!Double.isNaN(auc)) {
                data.addValue(auc, group.implementation().id(), group.configuration());
                lowest = Math.min(lowest, auc);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Macro AUC", null, "macro AUC", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        // Configuration labels are long: bars run across, each label gets most of a row and up to three lines.
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.6f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x0072B2));
        renderer.setSeriesPaint(1, new Color(0x9ECAE9));
        var axis = (NumberAxis) plot.getRangeAxis();
        // AUCs of trained models sit close to 1: start the axis near the lowest bar so differences show.
        double margin = Math.max(1 - lowest, 1e-4);
        axis.setRange(Math.max(0, lowest - margin), 1 + margin * 0.1);
        axis.setNumberFormatOverride(new java.text.DecimalFormat("0.0000"));
        ChartStyle.apply(chart);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return chart;
    }

    /** Mean lines with their bands, one series per group in group order. */
    private JFreeChart bandChart(String title, String xLabel, String yLabel, YIntervalSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        var renderer = new DeviationRenderer(true, data.getSeriesCount() > 0 && data.getSeries(0).getItemCount() <= 30);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setAlpha(BAND_ALPHA);
        for (int s = 0; s < groups.size(); s++) {
            RunGroup group = groups.get(s);
            renderer.setSeriesPaint(s, RunStyle.colour(group.colour()));
            renderer.setSeriesFillPaint(s, RunStyle.colour(group.colour()));
            renderer.setSeriesStroke(s, RunStyle.stroke(group.implementation()));
            // The dashed TensorFlow twin shares its configuration's colour; the legend names each configuration once.
            renderer.setSeriesVisibleInLegend(s, group.implementation() == groups.get(0).implementation()
                    || groups.stream().noneMatch(g -> g.configuration().equals(group.configuration()) && g != group));
        }
        renderer.setLegendItemLabelGenerator((dataset, series) -> groups.get(series).configuration());
        chart.getXYPlot().setRenderer(renderer);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        ChartStyle.apply(chart);
        return chart;
    }

    /** Mean ± one standard deviation of {@code band}, point i at x[i]. */
    private static YIntervalSeries band(String name, Band band, double[] x) {
        var series = new YIntervalSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            SeedSummary at = band.epochs().get(i);
            series.add(x[i], at.mean(), at.mean() - at.standardDeviation(), at.mean() + at.standardDeviation());
        }
        return series;
    }

    /** {@code seriesRuns.get(s)} is the run drawn as series s. */
    private JFreeChart runLines(String title, String xLabel, String yLabel, XYSeriesCollection data,
            List<RunResult> seriesRuns, boolean shapes) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        var renderer = new XYLineAndShapeRenderer(true, shapes);
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            RunResult run = seriesRuns.get(s);
            renderer.setSeriesPaint(s, RunStyle.colour(RunGroup.holding(groups, run).colour()));
            renderer.setSeriesStroke(s, RunStyle.stroke(run.spec().implementation()));
        }
        chart.getXYPlot().setRenderer(renderer);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        ChartStyle.apply(chart);
        return chart;
    }

    /**
     * A curve's points for drawing: a point closer than {@link #ROC_RESOLUTION} of the axis length
     * on both axes to the last point kept is skipped (under a pixel at the report's size), the last
     * point is always kept. The CSV files keep every point.
     */
    private static XYSeries roc(String name, RocCurve curve, boolean logScale) {
        var series = new XYSeries(name, false, true);
        double[] x = curve.falsePositiveRate();
        double[] y = curve.truePositiveRate();
        double decades = -Math.log10(LOG_FPR_FLOOR);
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < x.length; i++) {
            double xi = logScale ? Math.max(x[i], LOG_FPR_FLOOR) : x[i];
            double dx = logScale ? Math.abs(Math.log10(xi) - Math.log10(lastX)) / decades : Math.abs(xi - lastX);
            boolean far = !(dx < ROC_RESOLUTION && Math.abs(y[i] - lastY) < ROC_RESOLUTION);
            if (far || i == x.length - 1) {
                series.add(xi, y[i]);
                lastX = xi;
                lastY = y[i];
            }
        }
        return series;
    }

    /**
     * A log axis from {@link #LOG_FPR_FLOOR} to 1. Points at a false positive rate of 0 are drawn
     * at the floor, so a curve's rise at FPR 0 shows as a rise at the left edge.
     */
    private static LogAxis logFalsePositiveRate() {
        var axis = new LogAxis("false positive rate (log scale)");
        axis.setRange(LOG_FPR_FLOOR, 1);
        axis.setSmallestValue(LOG_FPR_FLOOR);
        axis.setBase(10);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
        return axis;
    }
}
