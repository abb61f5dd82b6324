package optlab.validate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import optlab.report.ChartStyle;
import optlab.report.SvgChart;
import optlab.report.Templates;
import optlab.report.TextTable;
import optlab.results.AtomicFile;
import optlab.spec.Precision;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The console table, {@code validate.csv} and {@code index.html} of a validation. */
public final class ValidationReport {

    private static final String TEMPLATE = "/optlab/validate/validate.html.mustache";
    /** Differences of exactly 0 cannot sit on a log axis; they are drawn here. */
    private static final double FLOOR = 1e-12;

    private ValidationReport() {
    }

    public static String table(List<OptimizerValidation> validations) {
        return table(validations, Integer.MAX_VALUE);
    }

    /** {@link #table(List)} in at most {@code width} columns: the gradient and step columns go first, then labels are cut. */
    public static String table(List<OptimizerValidation> validations, int width) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("optimizer", "steps", "max rel loss diff", "max param diff", "grad diff (scale)", "first step over", "verdict"));
        for (OptimizerValidation v : validations) {
            rows.add(List.of(v.optimizer(), String.valueOf(v.steps().size()), sci(v.maxRelativeLossDifference()),
                    sci(v.maxParameterDifference()), sci(v.maxGradientDifference()) + " (" + sci(v.maxGradient()) + ")",
                    v.firstFailingStep() < 0 ? "-" : String.valueOf(v.firstFailingStep()), v.outcome()));
        }
        return TextTable.render(TextTable.fit(rows, width, List.of(4, 1)), c -> c == 0, false);
    }

    /** Writes {@code validate.csv} (one row per optimizer and step, with the precision both sides ran in) and {@code index.html}. */
    public static Path write(Path folder, List<OptimizerValidation> validations, Precision precision, Map<String, String> settings) {
        AtomicFile.write(folder.resolve("validate.csv"), out -> {
            var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader("optimizer", "step",
                    "learning_rate", "scratch_loss", "tensorflow_loss", "abs_loss_diff", "rel_loss_diff", "max_param_diff",
                    "precision").build());
            for (OptimizerValidation v : validations) {
                for (StepDifference s : v.steps()) {
                    csv.printRecord(v.optimizer(), s.step(), s.learningRate(), s.scratchLoss(), s.tensorflowLoss(),
                            s.absoluteLossDifference(), s.relativeLossDifference(), s.maxParameterDifference(), precision.id());
                }
            }
            csv.flush();
        });
        Path index = folder.resolve("index.html");
        AtomicFile.write(index, page(validations, settings));
        return index;
    }

    record Row(String optimizer, int steps, String maxRelativeLoss, String maxParameter, String gradientDifference,
            String gradientScale, String firstFailingStep, boolean passed, String verdict) {
    }

    record Setting(String key, String value) {
    }

    record Page(List<Setting> settings, List<Row> rows, List<String> charts) {
    }

    private static String page(List<OptimizerValidation> validations, Map<String, String> settings) {
        var rows = validations.stream().map(v -> new Row(v.optimizer(), v.steps().size(), sci(v.maxRelativeLossDifference()),
                sci(v.maxParameterDifference()), sci(v.maxGradientDifference()), sci(v.maxGradient()),
                v.firstFailingStep() < 0 ? "–" : String.valueOf(v.firstFailingStep()), v.passed(), v.outcome())).toList();
        var charts = List.of(
                SvgChart.render(chart("Relative batch-loss difference", validations, StepDifference::relativeLossDifference), "v1", 600, 420),
                SvgChart.render(chart("Largest weight difference", validations, StepDifference::maxParameterDifference), "v2", 600, 420));
        var entries = settings.entrySet().stream().map(e -> new Setting(e.getKey(), e.getValue())).toList();
        return Templates.load(TEMPLATE).execute(new Page(entries, rows, charts));
    }

    private static JFreeChart chart(String title, List<OptimizerValidation> validations, ToDoubleFunction<StepDifference> metric) {
        var data = new XYSeriesCollection();
        for (OptimizerValidation v : validations) {
            var series = new XYSeries(v.optimizer(), false, true);
            v.steps().forEach(s -> series.add(s.step(), Math.max(FLOOR, metric.applyAsDouble(s))));
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "step", "difference (log scale)", data, PlotOrientation.VERTICAL, true, false, false);
        var axis = new LogAxis("difference (log scale)");
        axis.setSmallestValue(FLOOR);
        chart.getXYPlot().setRangeAxis(axis);
        var renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, Color.getHSBColor(s / (float) Math.max(1, data.getSeriesCount()), 0.8f, 0.75f));
            renderer.setSeriesStroke(s, new BasicStroke(1.5f));
        }
        chart.getXYPlot().setRenderer(renderer);
        ChartStyle.apply(chart);
        return chart;
    }

    private static String sci(double v) {
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.2e", v);
    }
}
