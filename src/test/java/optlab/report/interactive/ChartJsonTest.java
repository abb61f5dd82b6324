package optlab.report.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JFreeChart bands(String name) {
        var data = new YIntervalSeriesCollection();
        var series = new YIntervalSeries(name);
        series.add(1, 0.5, 0.4, 0.6);
        series.add(2, 0.3, 0.25, 0.35);
        data.addSeries(series);
        var flat = new YIntervalSeries("tf");
        flat.add(1, 0.5, 0.5, 0.5);
        flat.add(2, 0.31, 0.31, 0.31);
        data.addSeries(flat);
        JFreeChart chart = ChartFactory.createXYLineChart("Training loss", "epoch", "loss", data, PlotOrientation.VERTICAL, true, false, false);
        var renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(0x0072B2));
        renderer.setSeriesPaint(1, new Color(0x0072B2));
        renderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        chart.getXYPlot().setRenderer(renderer);
        return chart;
    }

    @Test
    void theJsonCarriesTheNumbersTheSvgDraws() throws Exception {
        JsonNode json = JSON.readTree(ChartJson.of(bands("sgd · scratch"), true, "history.csv").orElseThrow());
        assertEquals("Training loss", json.get("title").asText());
        assertEquals("epoch", json.get("x").get("label").asText());
        assertTrue(json.get("x").get("integer").asBoolean());
        assertFalse(json.get("y").get("log").asBoolean());
        assertTrue(json.get("smoothable").asBoolean());
        assertEquals("history.csv", json.get("csv").asText());
        JsonNode scratch = json.get("series").get(0);
        assertEquals("sgd · scratch", scratch.get("name").asText());
        assertEquals("#0072b2", scratch.get("color").asText());
        assertFalse(scratch.get("dash").asBoolean());
        assertEquals("[1.0,2.0]", scratch.get("x").toString());
        assertEquals("[0.5,0.3]", scratch.get("y").toString());
        assertEquals("[0.4,0.25]", scratch.get("low").toString());
        assertEquals("[0.6,0.35]", scratch.get("high").toString());
        JsonNode tf = json.get("series").get(1);
        assertTrue(tf.get("dash").asBoolean(), "TensorFlow's dashed line stays dashed");
        assertFalse(tf.has("low"), "a band of one seed is no band");
    }

    @Test
    void aPerEpochChartCarriesEachCurvesTrainingSecondsForTheWallClockView() throws Exception {
        JsonNode json = JSON.readTree(ChartJson.of(bands("sgd · scratch"), false, "history.csv",
                java.util.Map.of("sgd · scratch", new double[] {2.5, 5.25})).orElseThrow());
        assertEquals("[2.5,5.25]", json.get("series").get(0).get("t").toString());
        assertFalse(json.get("series").get(1).has("t"), "a curve with no times has none");
    }

    @Test
    void aHostileNameCannotEndTheScriptElementTheJsonSitsIn() throws Exception {
        String name = "</script><img src=x onerror=alert(1)><!--";
        String json = ChartJson.of(bands(name), false, "history.csv").orElseThrow();
        assertFalse(json.contains("</"), json);
        assertFalse(json.contains("<!--"), json);
        assertEquals(name, JSON.readTree(json).get("series").get(0).get("name").asText(), "the browser reads the name back as it was");
    }

    @Test
    void aBarChartHasNoInteractiveForm() {
        JFreeChart bars = ChartFactory.createBarChart("Macro AUC", null, "AUC", new DefaultCategoryDataset());
        assertTrue(ChartJson.of(bars, false, "summary.csv").isEmpty());
    }

    @Test
    void theLibraryIsThePinnedFile() {
        String library = PlotlyBundle.library();
        assertEquals(PlotlyBundle.SHA256, PlotlyBundle.sha256(library.getBytes(StandardCharsets.UTF_8)));
        assertTrue(library.startsWith("/**\n* plotly.js (basic - minified) v" + PlotlyBundle.VERSION), library.substring(0, 60));
        assertFalse(library.contains("</script"), "it can be inlined as it is");
        assertTrue(PlotlyBundle.script().contains("TensorBoard's smoothing"));
    }

    @Test
    void theGl3dBundleIsThePinnedFile() {
        String library = PlotlyBundle.gl3d();
        assertEquals(PlotlyBundle.GL3D_SHA256, PlotlyBundle.sha256(library.getBytes(StandardCharsets.UTF_8)));
        assertTrue(library.startsWith("/**\n* plotly.js (gl3d - minified) v" + PlotlyBundle.VERSION), library.substring(0, 60));
        assertFalse(library.contains("</script"), "it can be inlined as it is");
    }

    @Test
    void aBundleWhoseChecksumDiffersIsRefused() {
        var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> PlotlyBundle.verified("/optlab/report/vendor/plotly-gl3d-" + PlotlyBundle.VERSION + ".min.js", PlotlyBundle.SHA256));
        assertTrue(refused.getMessage().contains("not the pinned"), refused.getMessage());
    }
}
