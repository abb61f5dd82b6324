package optlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import optlab.metrics.RocCurve;
import optlab.results.RunResult;
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
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's charts as JFreeChart objects. Runs are drawn with one colour per optimizer, scratch
 * solid and TensorFlow dashed, so a pair that agrees shows as one line with a dashed twin on top.
 */
final class Charts {

    private static final double ROC_RESOLUTION = 0.002;
    private static final double LOG_FPR_FLOOR = 1e-4;

    private final List<RunResult> runs;
    private final Map<String, Integer> optimizerIndex = new LinkedHashMap<>();

    Charts(List<RunResult> runs) {
        this.runs = runs;
        for (RunResult run : runs) {
            optimizerIndex.putIfAbsent(run.spec().optimizer().label(), optimizerIndex.size());
        }
    }

    int optimizerIndex(RunResult run) {
        return optimizerIndex.get(run.spec().optimizer().label());
    }

    /** One line per run of an epoch metric against the epoch number. */
    JFreeChart perEpoch(String title, String axis, ToDoubleFunction<EpochStats> metric) {
        var data = new XYSeriesCollection();
        for (RunResult run : runs) {
            var series = new XYSeries(RunStyle.label(run), false, true);
            for (EpochStats e : run.history().epochs()) {
                series.add(e.epoch(), metric.applyAsDouble(e));
            }
            data.addSeries(series);
        }
        JFreeChart chart = runLines(title, "epoch", axis, data, runs, true);
        ((NumberAxis) chart.getXYPlot().getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    /** One line per run of a logged iteration metric against the step. */
    JFreeChart perIteration(String title, ToDoubleFunction<IterationStats> metric) {
        var data = new XYSeriesCollection();
        for (RunResult run : runs) {
            var series = new XYSeries(RunStyle.label(run), false, true);
            for (IterationStats i : run.history().iterations()) {
                series.add(i.step(), metric.applyAsDouble(i));
            }
            data.addSeries(series);
        }
        return runLines(title, "step", "loss", data, runs, false);
    }

    /**
     * The macro-average ROC curve of every completed run; with {@code logScale} the false positive
     * rate is drawn on a log axis, where curves of good classifiers, all crowded into the top-left
     * corner on the linear square, come apart.
     */
    JFreeChart macroRoc(List<RunResult> completed, boolean logScale) {
        var data = new XYSeriesCollection();
        for (RunResult run : completed) {
            data.addSeries(roc(RunStyle.label(run) + String.format(java.util.Locale.ROOT, " (AUC %.4f)", run.evaluation().macroAuc()),
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
            renderer.setSeriesPaint(s, Color.getHSBColor(s / (float) data.getSeriesCount(), 0.75f, 0.8f));
            renderer.setSeriesStroke(s, new BasicStroke(1.5f));
        }
        plot.setRenderer(renderer);
        ChartStyle.apply(chart);
        plot.getRangeAxis().setRange(0, 1.005);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        return chart;
    }

    /** Macro AUC per run: optimizers along the axis, one bar per implementation. */
    JFreeChart macroAucBars(List<RunResult> completed) {
        var data = new DefaultCategoryDataset();
        double lowest = 1;
        for (RunResult run : completed) {
            double auc = run.evaluation().macroAuc();
            data.addValue(auc, run.spec().implementation().id(), run.spec().optimizer().label());
            lowest = Math.min(lowest, auc);
        }
        JFreeChart chart = ChartFactory.createBarChart("Macro AUC per run", null, "macro AUC", data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
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

    /** {@code seriesRuns.get(s)} is the run drawn as series s. */
    private JFreeChart runLines(String title, String xLabel, String yLabel, XYSeriesCollection data,
            List<RunResult> seriesRuns, boolean shapes) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        var renderer = new XYLineAndShapeRenderer(true, shapes);
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            RunResult run = seriesRuns.get(s);
            renderer.setSeriesPaint(s, RunStyle.colour(optimizerIndex(run)));
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
