package optlab.lab;

import java.util.Locale;

/**
 * The HTML page of one check: the stages, the per-step difference of the failing case on a log
 * scale (an update rule's; a layer has no steps), the diagnosis and the formula with the differing line marked. Self-contained (inline SVG
 * and CSS); everything the student controls (messages, numbers, names) is escaped.
 */
public final class CheckPage {

    private CheckPage() {
    }

    public static String html(LabResult r) {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>optlab lab check: ").append(e(r.exercise()))
                .append("</title><style>body{font-family:sans-serif;max-width:60em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                        + "table{border-collapse:collapse}.PASSED{background:#e6f4e6}.FAILED{background:#fdecea}.NOT_RUN{color:#888}"
                        + "pre{background:#f6f6f6;padding:8px}mark{background:#ffd0d0}</style></head><body>\n");
        sb.append("<h1>").append(e(r.exercise())).append(" (").append(e(r.language())).append("): ")
                .append(r.exitCode() == LabResult.PASS ? "passed" : r.exitCode() == LabResult.WRONG ? "wrong" : "could not run")
                .append(String.format(Locale.ROOT, ", score %.1f / %.1f</h1>%n", r.score(), r.maxScore()));
        if (r.error() != null) {
            sb.append("<h2>Why it could not run</h2>\n<pre>").append(e(r.error())).append("</pre>\n");
        }
        sb.append("<h2>Stages</h2>\n<table><tr><th>stage</th><th>status</th><th>points</th><th>what it found</th></tr>\n");
        for (StageResult s : r.stages()) {
            sb.append("<tr class=\"").append(s.status()).append("\"><td>").append(e(s.stage().title)).append("</td><td>").append(s.status())
                    .append(String.format(Locale.ROOT, "</td><td>%.1f / %.1f</td><td>", s.points(), s.maxPoints())).append(e(s.output())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        if (r.difference() != null) {
            sb.append("<h2>First difference</h2>\n<p>").append(e(r.difference().describe())).append("</p>\n");
            if (r.curve().length > 0) {
                sb.append("<h3>Largest difference per step (").append(e(r.difference().caseName())).append(", log scale)</h3>\n").append(curve(r.curve()));
            }
        }
        Sheet sheet = Sheet.of(r.exercise());
        sb.append("<h2>Diagnosis</h2>\n");
        if (r.diagnosis() != null) {
            sb.append("<p>").append(e(r.diagnosis().name())).append(" (").append(e(r.diagnosis().id())).append(")</p>\n<pre>the formula says:  <mark>")
                    .append(e(r.diagnosis().correctLine())).append("</mark>\nyour numbers fit:  <mark>").append(e(r.diagnosis().wrongLine())).append("</mark></pre>\n");
        } else {
            sb.append("<p>").append(r.difference() == null ? "nothing to diagnose" : "none of the known mistakes reproduces these numbers").append("</p>\n");
        }
        sb.append(LayerExercises.has(r.exercise()) ? "<h2>The layer: " : "<h2>The rule: ").append(e(sheet.title())).append("</h2>\n<pre>");
        for (String line : sheet.equations().split("\n")) {
            boolean marked = r.diagnosis() != null && overlaps(line, r.diagnosis().correctLine());
            sb.append(marked ? "<mark>" : "").append(e(line)).append(marked ? "</mark>" : "").append('\n');
        }
        return sb.append("</pre>\n</body></html>\n").toString();
    }

    /** Whether a line of the sheet computes what a part of the mistake's formula line computes: the same left-hand side. */
    private static boolean overlaps(String sheetLine, String mistakeLine) {
        String lhs = leftSide(sheetLine);
        for (String part : mistakeLine.split(";")) {
            if (!lhs.isEmpty() && lhs.equals(leftSide(part))) {
                return true;
            }
        }
        return false;
    }

    private static String leftSide(String line) {
        String[] sides = line.strip().split("[←=]", 2);
        return sides.length == 2 ? sides[0].strip() : "";
    }

    private static String curve(double[] values) {
        int w = 600;
        int h = 200;
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double v : values) {
            if (v > 0 && Double.isFinite(v)) {
                lo = Math.min(lo, Math.log10(v));
                hi = Math.max(hi, Math.log10(v));
            }
        }
        if (lo > hi) {
            return "<p>(the difference is not finite or zero at every step: NaN or infinity)</p>\n";
        }
        lo = Math.floor(lo);
        hi = Math.max(Math.ceil(hi), lo + 1);
        var sb = new StringBuilder("<svg width=\"" + (w + 60) + "\" height=\"" + (h + 40) + "\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<rect x=\"50\" y=\"10\" width=\"" + w + "\" height=\"" + h + "\" fill=\"none\" stroke=\"#999\"/>");
        for (int d = (int) lo; d <= hi; d++) {
            double y = 10 + h - (d - lo) / (hi - lo) * h;
            sb.append(String.format(Locale.ROOT, "<text x=\"5\" y=\"%.1f\" font-size=\"11\">1e%d</text>", y + 4, d));
        }
        sb.append("<text x=\"50\" y=\"").append(h + 30).append("\" font-size=\"11\">step 1</text><text x=\"").append(w).append("\" y=\"").append(h + 30)
                .append("\" font-size=\"11\">step ").append(values.length).append("</text><polyline fill=\"none\" stroke=\"#c0392b\" points=\"");
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0 && Double.isFinite(values[i])) {
                double x = 50 + (values.length == 1 ? 0 : (double) i / (values.length - 1) * w);
                double y = 10 + h - (Math.log10(values[i]) - lo) / (hi - lo) * h;
                sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
        }
        return sb.append("\"/></svg>\n").toString();
    }

    private static String e(String text) {
        return ResultFormat.xml(text);
    }
}
