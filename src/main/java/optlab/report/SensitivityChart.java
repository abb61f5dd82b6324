package optlab.report;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.util.List;
import optlab.results.RunResult;
import optlab.run.LearningRateChoice;
import optlab.spec.ExperimentSpec;
import optlab.spec.OptimizerSpec;
import optlab.spec.Variant;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The learning-rate search drawn: final validation accuracy against the learning rate (log
 * scale), one line per configuration. A rate whose run diverged has no point; the chosen rate is
 * listed in the legend.
 */
final class SensitivityChart {

    private SensitivityChart() {
    }

    static JFreeChart of(ExperimentSpec spec, List<RunResult> tuning) {
        var data = new XYSeriesCollection();
        for (Variant variant : spec.variants()) {
            for (OptimizerSpec optimizer : spec.optimizers()) {
                List<RunResult> grid = LearningRateChoice.grid(spec, tuning, variant, optimizer);
                if (grid.isEmpty()) {
                    continue;
                }
                String name = (variant.label().isEmpty() ? "" : variant.label() + " · ") + optimizer.name()
                        + " (chose " + LearningRateChoice.best(grid) + ")";
                var series = new XYSeries(name, true, false);
                for (RunResult run : grid) {
                    Double accuracy = run.diverged() ? null : run.history().last().validationAccuracy();
                    if (accuracy != null) {
                        series.add(run.spec().optimizer().learningRate(), accuracy.doubleValue());
                    }
                }
                data.addSeries(series);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Learning-rate sensitivity: validation accuracy after " + spec.tune().epochs() + (spec.tune().epochs() == 1 ? " epoch" : " epochs"),
                "learning rate (log scale)", "validation accuracy", data, PlotOrientation.VERTICAL, true, false, false);
        var axis = new LogAxis("learning rate (log scale)");
        axis.setBase(10);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat("0.####"));
        chart.getXYPlot().setDomainAxis(axis);
        var renderer = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, RunStyle.colour(s));
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        chart.getXYPlot().setRenderer(renderer);
        ChartStyle.apply(chart);
        return chart;
    }
}
