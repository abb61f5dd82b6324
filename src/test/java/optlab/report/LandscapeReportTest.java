package optlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import optlab.landscape.Interpolation;
import optlab.landscape.LandscapeRunner;
import optlab.landscape.Slice;
import optlab.landscape.SlicePath;
import optlab.landscape.SlicePoint;
import optlab.results.RunResult;
import optlab.spec.Implementation;
import optlab.testing.SyntheticRuns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The landscape section from hand-made slices (nothing trained): own bases, a shared base, PCA planes; its CSV files. */
class LandscapeReportTest {

    @TempDir
    Path temp;

    private static final String SGD = "sgd(lr=0.01)";
    private static final String ADAM = "adam";
    /** Never printed: the seconds a slice took are not part of the drawn result. */
    private static final double SECONDS = 4321.98765;
    private static final double[] A = {-1, 0, 1, 2, 3};
    private static final double[] B = {-2, -1, 0, 1};

    private static double bowl(double a, double b) {
        return 2 + (a - 1) * (a - 1) + 0.5 * (b + 0.5) * (b + 0.5);
    }

    private static double[][] grid() {
        double[][] loss = new double[B.length][A.length];
        for (int j = 0; j < B.length; j++) {
            for (int i = 0; i < A.length; i++) {
                loss[j][i] = bowl(A[i], B[j]);
            }
        }
        return loss;
    }

    private static SlicePath path(String configuration, double shift) {
        var points = new ArrayList<SlicePoint>();
        for (int step = 0; step <= 4; step++) {
            double a = -0.5 + step * 0.35 + shift;
            double b = 0.5 - step * 0.25;
            points.add(new SlicePoint(step, a, b, bowl(a, b), bowl(a, b) + 0.1 * (4 - step), 0.5 * (4 - step) + shift));
        }
        return new SlicePath(configuration, configuration + "-run", points);
    }

    private static Slice slice(String key, String title, String view, String base, String u, String v, Double explained, List<SlicePath> paths) {
        return new Slice(key, title, view, base, u, v, explained, A, B, grid(), paths, SECONDS);
    }

    private static List<Interpolation> lines() {
        double[] t = {-0.25, 0, 0.5, 1, 1.25};
        return List.of(new Interpolation("line-1", SGD, SGD + "-run", t, new double[] {2.4, 2.3, 2.2, 2.1, 2.15}),
                new Interpolation("line-2", ADAM, ADAM + "-run", t, new double[] {2.5, 2.3, 2.0, 1.9, 1.95}));
    }

    private static ReportInput input(LandscapeRunner.Landscapes landscapes) {
        List<RunResult> runs = List.of(
                SyntheticRuns.completed(SyntheticRuns.run(SGD, Implementation.SCRATCH), new double[] {0.5, 0.3}, new double[] {0.9, 0.95}),
                SyntheticRuns.completed(SyntheticRuns.run(ADAM, Implementation.SCRATCH), new double[] {0.4, 0.2}, new double[] {0.92, 0.96}));
        return new ReportInput(SyntheticRuns.experiment(SGD + "," + ADAM), runs, List.of(), List.of(), SyntheticRuns.provenance(), landscapes);
    }

    private static LandscapeRunner.Landscapes ownBases() {
        String u = "dense0/kernel[0,0]";
        String v = "dense0/kernel[1,0]";
        return new LandscapeRunner.Landscapes(List.of(
                slice("slice-1", SGD, "coordinates", "its own final weights", u, v, null, List.of(path(SGD, 0))),
                slice("slice-2", ADAM, "coordinates", "its own final weights", u, v, null, List.of(path(ADAM, 0.2)))), lines());
    }

    private static String page(Path folder, LandscapeRunner.Landscapes landscapes) throws IOException {
        return Files.readString(ReportWriter.write(folder, input(landscapes)));
    }

    private static JsonNode explorer(String html) throws IOException {
        Matcher m = Pattern.compile("<script type=\"application/json\" class=\"landscape-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the explorer's data is on the page");
        assertFalse(m.group(1).contains("<"), "nothing in it can end its script element");
        return new ObjectMapper().readTree(m.group(1));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void ownBasesDrawAPanelPerOptimizerAndTheExplorerTakesTheGl3dBundle() throws IOException {
        String html = page(temp, ownBases());
        String body = html.substring(0, html.indexOf("<script>"));

        assertTrue(body.contains("<section id=\"landscape\">"));
        assertTrue(body.contains("<a href=\"#landscape\">Loss landscape</a>"));
        assertEquals(2, count(body, "<figure class=\"landscape-panel\"><svg id="), "small multiples: a contour map per optimizer");
        assertTrue(body.contains("every other weight held at its own final weights"));
        assertTrue(body.contains("a 5 × 4 grid"));
        assertEquals(3, count(html, "<script>"), "one plotly build, optlab's script and the explorer's");
        assertTrue(html.contains("plotly.js (gl3d - minified) v4.1.1"), "the gl3d bundle carries the 3-D surface");
        assertFalse(html.contains("plotly.js (basic - minified)"), "never two plotly builds on one page");
        assertTrue(html.contains("landscape explorer"), "the explorer's script");
        assertFalse(Pattern.compile("(src|href)=['\"]https?:").matcher(body).find(), "no external assets");
        assertFalse(html.contains("4321.98") || html.contains("4,321"), "the seconds a slice took are not shown");
        // Heat maps are pictures inside the page, not files beside it.
        assertEquals(2, count(body, "xlink:href='data:image/png;base64,"));

        JsonNode data = explorer(html);
        assertFalse(data.get("shared").asBoolean());
        assertEquals(2, data.get("slices").size());
        JsonNode first = data.get("slices").get(0);
        assertEquals(SGD, first.get("title").asText());
        assertEquals(B.length, first.get("z").size());
        assertEquals(A.length, first.get("z").get(0).size());
        assertEquals(bowl(A[2], B[1]), first.get("z").get(1).get(2).asDouble(), 1e-3, "z[j][i] is the loss at (a[i], b[j])");
        assertTrue(first.get("heat").asText().startsWith("data:image/png;base64,"));
        assertTrue(first.get("levels").size() > 0 && first.get("levels").get(0).get("x").size() > 0, "iso-lines for the 2-D view");
        JsonNode path = first.get("paths").get(0);
        assertEquals(5, path.get("step").size());
        assertEquals(bowl(-0.5, 0.5), path.get("slice").get(0).asDouble(), 1e-3, "drawn on the surface: z is the slice's loss");
        assertEquals(bowl(-0.5, 0.5) + 0.4, path.get("loss").get(0).asDouble(), 1e-5, "and the true loss beside it");
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), toLongs(data.get("steps")), "the animation walks every recorded step");
        // Both slices share the range of the two weights, so one colour scale.
        assertEquals(first.get("zmax").asDouble(), data.get("slices").get(1).get("zmax").asDouble());
    }

    private static List<Long> toLongs(JsonNode array) {
        var out = new ArrayList<Long>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    @Test
    void aSharedBaseDrawsEveryPathOnOneSliceAndSaysHowFarEachRanFromIt() throws IOException {
        var shared = new LandscapeRunner.Landscapes(List.of(slice("slice-s", "every path", "coordinates", "the shared initial weights",
                "dense0/kernel[0,0]", "dense0/kernel[1,0]", null, List.of(path(SGD, 0), path(ADAM, 0.3)))), lines());
        String html = page(temp, shared);
        String body = html.substring(0, html.indexOf("<script>"));

        assertEquals(1, count(body, "<figure class=\"landscape-panel\"><svg id="));
        assertTrue(body.contains("Every path over the slice through the shared initial weights"));
        assertTrue(body.contains("every other weight held at the shared initial weights"));
        assertTrue(body.contains("Distance of each path from its slice"), "a chart of the distance per point");
        assertTrue(body.contains("<td>2.0000</td>"), "sgd's largest distance, in the table");
        assertTrue(body.contains("<td>2.3000</td>"), "adam's: 0.5 * 4 + 0.3");
        assertFalse(body.contains("<select class=\"landscape-slice\">"), "one slice: nothing to choose");
        JsonNode data = explorer(html);
        assertTrue(data.get("shared").asBoolean());
        assertEquals(2, data.get("slices").get(0).get("paths").size());
    }

    @Test
    void pcaPlanesSayTheShareOfThePathTheyHold() throws IOException {
        var pca = new LandscapeRunner.Landscapes(List.of(
                slice("slice-p1", SGD, "pca", "its own final weights", "PC1 (93.2%)", "PC2 (4.1%)", 0.973, List.of(path(SGD, 0))),
                slice("slice-p2", ADAM, "pca", "its own final weights", "PC1 (88.0%)", "PC2 (6.5%)", 0.945, List.of(path(ADAM, 0)))), lines());
        String html = page(temp, pca);
        String body = html.substring(0, html.indexOf("<script>"));

        assertTrue(body.contains("the plane holds 97.3% of the path's variance"), "in the panel's title");
        assertTrue(body.contains("<td>94.5%</td>"), "and in the table");
        assertTrue(body.contains("PC1 (93.2%)"), "the axes say which direction");
        assertTrue(body.contains("pca view"));
        assertTrue(body.contains("<select class=\"landscape-slice\">"));
        JsonNode data = explorer(html);
        assertEquals("PC2 (6.5%)", data.get("slices").get(1).get("v").asText());
    }

    @Test
    void untrustedNamesReachThePageEscaped() throws IOException {
        String evil = "<b>x</b></script><script>alert(1)</script>";
        var landscapes = new LandscapeRunner.Landscapes(List.of(slice("slice-e", evil, "coordinates", "its own final weights",
                "dense0/kernel[0,0]", "dense0/kernel[1,0]", null, List.of(path(evil, 0)))), List.of());
        String html = page(temp, landscapes);

        assertFalse(html.contains("<b>x</b>"));
        assertFalse(html.contains("<script>alert(1)"));
        explorer(html);
    }

    @Test
    void theCsvFilesHoldEveryPointGridPointAndLinePoint() throws IOException {
        ReportWriter.write(temp, input(ownBases()));

        List<CSVRecord> trajectory = csv(temp.resolve("landscape-trajectory.csv"));
        assertEquals("slice,slice_title,a_axis,b_axis,iteration,optimizer,run_id,loss,a,b,slice_loss,distance",
                Files.readAllLines(temp.resolve("landscape-trajectory.csv")).get(0));
        assertEquals(2 * 5, trajectory.size());
        CSVRecord first = trajectory.get(0);
        assertEquals("slice-1", first.get("slice"));
        assertEquals(SGD, first.get("optimizer"));
        assertEquals("0", first.get("iteration"));
        assertEquals(bowl(-0.5, 0.5) + 0.4, Double.parseDouble(first.get("loss")), 1e-12);
        assertEquals(bowl(-0.5, 0.5), Double.parseDouble(first.get("slice_loss")), 1e-12);
        assertEquals(-0.5, Double.parseDouble(first.get("a")));
        assertEquals(2.0, Double.parseDouble(first.get("distance")));

        List<CSVRecord> grid = csv(temp.resolve("landscape-grid.csv"));
        assertEquals("slice,slice_title,a,b,loss", Files.readAllLines(temp.resolve("landscape-grid.csv")).get(0));
        assertEquals(2 * A.length * B.length, grid.size());
        CSVRecord second = grid.get(1);
        assertEquals(A[1], Double.parseDouble(second.get("a")));
        assertEquals(B[0], Double.parseDouble(second.get("b")));
        assertEquals(bowl(A[1], B[0]), Double.parseDouble(second.get("loss")), 0, "at full precision");

        List<CSVRecord> line = csv(temp.resolve("landscape-line.csv"));
        assertEquals("optimizer,run_id,t,loss", Files.readAllLines(temp.resolve("landscape-line.csv")).get(0));
        assertEquals(10, line.size());
        assertEquals(ADAM, line.get(5).get("optimizer"));
        assertEquals(-0.25, Double.parseDouble(line.get(5).get("t")));
    }

    @Test
    void withoutALandscapeThereIsNoSectionNoFileAndTheBasicBundle() throws IOException {
        String html = page(temp, LandscapeRunner.Landscapes.NONE);

        assertFalse(html.contains("<section id=\"landscape\">"));
        assertTrue(html.contains("plotly.js (basic - minified)"));
        assertFalse(Files.exists(temp.resolve("landscape-grid.csv")));
    }

    @Test
    void theSameSlicesGiveTheSameBytes() throws IOException {
        String a = page(temp.resolve("a"), ownBases());
        String b = page(temp.resolve("b"), ownBases());

        assertEquals(a, b);
        assertEquals(Files.readString(temp.resolve("a/landscape-grid.csv")), Files.readString(temp.resolve("b/landscape-grid.csv")));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
