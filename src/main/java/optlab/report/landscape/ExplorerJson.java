package optlab.report.landscape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import optlab.landscape.Slice;
import optlab.landscape.SlicePath;
import optlab.landscape.SlicePoint;

/**
 * The interactive explorer's data: per slice its grid (the 3-D surface), its iso-lines and heat map
 * (the 2-D contour) and its paths; numbers rounded to a ten-thousandth of their range, which no
 * view can show finer (the CSV files keep full precision).
 */
final class ExplorerJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "/optlab/report/landscape.js";

    /** One slice as the explorer draws it. */
    record View(Slice slice, String title, LossScale scale, List<List<IsoLines.Polyline>> isoLines, String heat) {
    }

    private ExplorerJson() {
    }

    static String of(List<View> views, boolean shared, LandscapeCharts charts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("shared", shared);
        var steps = new TreeSet<Long>();
        ArrayNode slices = root.putArray("slices");
        for (View view : views) {
            Slice slice = view.slice();
            ObjectNode node = slices.addObject();
            node.put("title", view.title());
            node.put("u", slice.uLabel());
            node.put("v", slice.vLabel());
            double[] range = slice.lossRange();
            Rounding a = Rounding.of(slice.a());
            Rounding b = Rounding.of(slice.b());
            Rounding z = Rounding.of(range[0], range[1]);
            node.set("a", a.array(slice.a()));
            node.set("b", b.array(slice.b()));
            ArrayNode grid = node.putArray("z");
            for (double[] row : slice.loss()) {
                grid.add(z.array(row));
            }
            node.put("zmin", view.scale().low());
            node.put("zmax", view.scale().high());
            double[] xs = LandscapeCharts.extent(slice.a());
            double[] ys = LandscapeCharts.extent(slice.b());
            node.putArray("extent").add(xs[0]).add(xs[1]).add(ys[0]).add(ys[1]);
            node.put("heat", view.heat());
            ArrayNode levels = node.putArray("levels");
            double[] values = view.scale().levels();
            for (int k = 0; k < values.length; k++) {
                ObjectNode level = levels.addObject();
                level.put("level", z.round(values[k]));
                ArrayNode x = level.putArray("x");
                ArrayNode y = level.putArray("y");
                for (IsoLines.Polyline line : view.isoLines().get(k)) {
                    if (!x.isEmpty()) {
                        x.addNull();
                        y.addNull();
                    }
                    for (int p = 0; p < line.x().length; p++) {
                        x.add(a.round(line.x()[p]));
                        y.add(b.round(line.y()[p]));
                    }
                }
            }
            ArrayNode paths = node.putArray("paths");
            for (SlicePath path : slice.paths()) {
                ObjectNode p = paths.addObject();
                p.put("name", path.configuration());
                p.put("color", LossScale.hex(charts.colour(path.configuration())));
                ArrayNode step = p.putArray("step");
                ArrayNode pa = p.putArray("a");
                ArrayNode pb = p.putArray("b");
                ArrayNode onSlice = p.putArray("slice");
                ArrayNode loss = p.putArray("loss");
                ArrayNode distance = p.putArray("distance");
                for (SlicePoint point : path.points()) {
                    steps.add(point.step());
                    step.add(point.step());
                    number(pa, a.round(point.a()));
                    number(pb, b.round(point.b()));
                    number(onSlice, z.round(point.sliceLoss()));
                    number(loss, Rounding.six(point.trueLoss()));
                    number(distance, Rounding.six(point.distance()));
                }
            }
        }
        ArrayNode all = root.putArray("steps");
        steps.forEach(all::add);
        root.set("colorscale", JSON.valueToTree(views.isEmpty() ? List.of() : views.get(0).scale().plotly()));
        try {
            // Names come from users and must not end the script element the JSON sits in: no "<" at all.
            return JSON.writeValueAsString(root).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the landscape's data", e);
        }
    }

    /** JSON has no NaN: a loss that overflowed is a gap. */
    private static void number(ArrayNode node, double v) {
        if (Double.isFinite(v)) {
            node.add(v);
        } else {
            node.addNull();
        }
    }

    static String script() {
        try (InputStream in = ExplorerJson.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT, e);
        }
    }

    /** Decimal places enough for a ten-thousandth of a range. */
    private record Rounding(double scale) {

        static Rounding of(double[] values) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            return of(lo, hi);
        }

        static Rounding of(double lo, double hi) {
            double span = hi - lo;
            int places = span > 0 && Double.isFinite(span) ? (int) Math.ceil(4 - Math.log10(span)) : 6;
            return new Rounding(Math.pow(10, Math.max(0, Math.min(12, places))));
        }

        /** Dividing the rounded integer by a power of ten gives the double that prints as the short decimal. */
        double round(double v) {
            return Double.isFinite(v) ? Math.round(v * scale) / scale : v;
        }

        ArrayNode array(double[] values) {
            ArrayNode node = JSON.createArrayNode();
            for (double v : values) {
                number(node, round(v));
            }
            return node;
        }

        static double six(double v) {
            if (!Double.isFinite(v) || v == 0) {
                return v;
            }
            return new BigDecimal(v).round(new MathContext(6)).doubleValue();
        }
    }
}
