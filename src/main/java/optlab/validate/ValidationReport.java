package optlab.validate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import optlab.report.SvgChart;
import optlab.results.AtomicFile;
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

    /** Differences of exactly 0 cannot sit on a log axis; they are drawn here. */
    private static final double FLOOR = 1e-12;

    private ValidationReport() {
    }

    public static String table(List<OptimizerValidation> validations) {
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {"optimizer", "steps", "max rel loss diff", "max param diff", "grad diff (scale)", "first step over", "verdict"});
        for (OptimizerValidation v : validations) {
            rows.add(new String[] {v.optimizer(), String.valueOf(v.steps().size()), sci(v.maxRelativeLossDifference()),
                    sci(v.maxParameterDifference()), sci(v.maxGradientDifference()) + " (" + sci(v.maxGradient()) + ")",
                    v.passed() ? "-" : String.valueOf(v.firstFailingStep()), v.passed() ? "pass" : "FAIL"});
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int c = 0; c < r.length; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        });
        var sb = new StringBuilder();
        for (String[] r : rows) {
            var line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                line.append(c == 0 ? "" : "  ").append(c == 0 ? pad(r[c], widths[c], false) : pad(r[c], widths[c], true));
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return sb.toString();
    }

    public static Path write(Path folder, List<OptimizerValidation> validations, Map<String, String> settings) {
        AtomicFile.write(folder.resolve("validate.csv"), out -> {
            var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader("optimizer", "step",
                    "learning_rate", "scratch_loss", "tensorflow_loss", "abs_loss_diff", "rel_loss_diff", "max_param_diff").build());
            for (OptimizerValidation v : validations) {
                for (StepDifference s : v.steps()) {
                    csv.printRecord(v.optimizer(), s.step(), s.learningRate(), s.scratchLoss(), s.tensorflowLoss(),
                            s.absoluteLossDifference(), s.relativeLossDifference(), s.maxParameterDifference());
                }
            }
            csv.flush();
        });
        Path index = folder.resolve("index.html");
        AtomicFile.write(index, page(validations, settings));
        return index;
    }

    private static String page(List<OptimizerValidation> validations, Map<String, String> settings) {
        var sb = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>optlab validate</title><style>
                body{font-family:system-ui,sans-serif;color:#222;margin:1.5rem 2rem;max-width:1300px}
                table{border-collapse:collapse;font-size:.9rem}th,td{padding:.3rem .6rem;border-bottom:1px solid #eee;text-align:right}
                th{background:#f0f2f5}td:first-child,th:first-child{text-align:left}.fail{color:#b3261e;font-weight:600}
                .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:1rem}svg{width:100%;height:auto}
                p{color:#555;font-size:.9rem;max-width:70rem}</style></head><body>
                <h1>Scratch vs TensorFlow, step by step</h1>
                """);
        sb.append("<p>");
        settings.forEach((k, v) -> sb.append(escape(k)).append(": ").append(escape(v)).append("<br>"));
        sb.append("Both trainers start from the same weights and take the same batches at the same learning rates. "
                + "A step fails when the relative batch-loss difference or the largest weight difference exceeds the tolerance. "
                + "Differences of exactly 0 are drawn at 1e-12.</p><table><tr>");
        for (String h : new String[] {"optimizer", "steps", "max rel loss diff", "max param diff", "first-batch gradient diff", "gradient scale", "first step over", "verdict"}) {
            sb.append("<th>").append(h).append("</th>");
        }
        sb.append("</tr>");
        for (OptimizerValidation v : validations) {
            sb.append("<tr><td>").append(escape(v.optimizer())).append("</td><td>").append(v.steps().size())
                    .append("</td><td>").append(sci(v.maxRelativeLossDifference())).append("</td><td>").append(sci(v.maxParameterDifference()))
                    .append("</td><td>").append(sci(v.maxGradientDifference())).append("</td><td>").append(sci(v.maxGradient()))
                    .append("</td><td>").append(v.passed() ? "–" : v.firstFailingStep())
                    .append("</td><td").append(v.passed() ? ">pass" : " class=\"fail\">FAIL").append("</td></tr>");
        }
        sb.append("</table><div class=\"charts\">");
        sb.append(svg(chart("Relative batch-loss difference", validations, StepDifference::relativeLossDifference), "v1"));
        sb.append(svg(chart("Largest weight difference", validations, StepDifference::maxParameterDifference), "v2"));
        return sb.append("</div></body></html>\n").toString();
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
        chart.setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().setDomainGridlinePaint(new Color(0xDDDDDD));
        chart.getXYPlot().setRangeGridlinePaint(new Color(0xDDDDDD));
        return chart;
    }

    private static String svg(JFreeChart chart, String id) {
        return "<div>" + SvgChart.render(chart, id, 600, 420) + "</div>";
    }

    private static String sci(double v) {
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.2e", v);
    }

    private static String pad(String s, int width, boolean right) {
        String space = " ".repeat(width - s.length());
        return right ? space + s : s + space;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
