package optlab.report.interactive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The data of an XY chart, read back from the JFreeChart that draws its SVG, as the JSON the page's
 * script hands to Plotly: so the interactive chart and the printed one can never show different
 * numbers. Each series keeps its name, colour, dash and whether the legend lists it; a band (the
 * spread over seeds) travels as its lower and upper edges. Category charts have no interactive form.
 */
public final class ChartJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartJson() {
    }

    /**
     * @param smoothable the curves are noisy per-iteration losses, which the page offers to smooth
     * @param csv the file beside the page that holds the chart's numbers
     * @return the JSON, safe inside a {@code <script>} element, or empty for a chart that is not XY
     */
    public static Optional<String> of(JFreeChart chart, boolean smoothable, String csv) {
        return of(chart, smoothable, csv, Map.of());
    }

    /**
     * @param clock for per-epoch charts: by series name, the training seconds at the end of each
     *     epoch, so the page can draw the curves against wall-clock time instead of epochs
     */
    public static Optional<String> of(JFreeChart chart, boolean smoothable, String csv, Map<String, double[]> clock) {
        if (!(chart.getPlot() instanceof XYPlot plot)) {
            return Optional.empty();
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("title", chart.getTitle() == null ? "" : chart.getTitle().getText());
        root.set("x", axis(plot.getDomainAxis()).put("integer", integerX(plot)));
        root.set("y", axis(plot.getRangeAxis()));
        root.put("smoothable", smoothable);
        root.put("csv", csv);
        ArrayNode series = root.putArray("series");
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            XYItemRenderer renderer = plot.getRendererForDataset(data);
            if (data == null || renderer == null) {
                continue;
            }
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (data.getItemCount(s) > 0) {
                    ObjectNode one = series(data, s, renderer);
                    double[] seconds = clock.get(String.valueOf(data.getSeriesKey(s)));
                    if (seconds != null && seconds.length >= data.getItemCount(s)) {
                        ArrayNode t = one.putArray("t");
                        for (int i = 0; i < data.getItemCount(s); i++) {
                            t.add(seconds[(int) Math.round(data.getXValue(s, i)) - 1]);
                        }
                    }
                    series.add(one);
                }
            }
        }
        try {
            // "</script" or "<!--" would end the script element the JSON sits in, and names come from users: no "<" at all.
            return Optional.of(JSON.writeValueAsString(root).replace("<", "\\u003c"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the chart's data", e);
        }
    }

    /** Whether every x is a whole number (epochs, steps): the axis then has no fractional ticks. */
    private static boolean integerX(XYPlot plot) {
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                for (int i = 0; i < data.getItemCount(s); i++) {
                    if (data.getXValue(s, i) != Math.rint(data.getXValue(s, i))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static ObjectNode axis(ValueAxis axis) {
        ObjectNode node = JSON.createObjectNode();
        node.put("label", axis.getLabel() == null ? "" : axis.getLabel());
        node.put("log", axis instanceof LogAxis);
        return node;
    }

    private static ObjectNode series(XYDataset data, int s, XYItemRenderer renderer) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", String.valueOf(data.getSeriesKey(s)));
        node.put("legend", renderer.isSeriesVisibleInLegend(s));
        node.put("color", hex(renderer.getItemPaint(s, 0)));
        node.put("dash", dashed(renderer.getItemStroke(s, 0)));
        boolean lines = !(renderer instanceof XYLineAndShapeRenderer r) || r.getItemLineVisible(s, 0);
        node.put("lines", lines);
        ArrayNode x = node.putArray("x");
        ArrayNode y = node.putArray("y");
        boolean band = data instanceof IntervalXYDataset interval && hasSpread(interval, s);
        ArrayNode low = band ? node.putArray("low") : null;
        ArrayNode high = band ? node.putArray("high") : null;
        for (int i = 0; i < data.getItemCount(s); i++) {
            x.add(data.getXValue(s, i));
            y.add(data.getYValue(s, i));
            if (band) {
                low.add(((IntervalXYDataset) data).getStartYValue(s, i));
                high.add(((IntervalXYDataset) data).getEndYValue(s, i));
            }
        }
        return node;
    }

    private static boolean hasSpread(IntervalXYDataset data, int s) {
        for (int i = 0; i < data.getItemCount(s); i++) {
            if (data.getStartYValue(s, i) != data.getEndYValue(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static String hex(Paint paint) {
        Color c = paint instanceof Color colour ? colour : Color.GRAY;
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static boolean dashed(Stroke stroke) {
        return stroke instanceof BasicStroke basic && basic.getDashArray() != null;
    }
}
