package optlab.report;

import java.awt.Rectangle;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a JFreeChart as an inline SVG element that scales with the page. */
public final class SvgChart {

    private SvgChart() {
    }

    /**
     * @param id unique within the page; also prefixes the SVG's clip-path ids, which otherwise
     *     contain a timestamp (the page would differ on every run and inlined charts could clash)
     */
    public static String render(JFreeChart chart, String id, int width, int height) {
        var g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        // Two decimals are a hundredth of a pixel; full doubles triple the page's size.
        g2.setGeomDoubleConverter(v -> String.format(Locale.ROOT, "%.2f", v));
        g2.setTransformDoubleConverter(v -> String.format(Locale.ROOT, "%.4f", v));
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
        // A name for screen readers and a tooltip: the chart's title, escaped (titles carry experiment names).
        String title = chart.getTitle() == null ? "chart" : chart.getTitle().getText();
        int open = svg.indexOf('>') + 1;
        return svg.substring(0, open - 1) + " role='img' aria-labelledby='" + id + "-title' aria-describedby='" + id + "-desc'>"
                + "<title id='" + id + "-title'>" + escape(title) + "</title><desc id='" + id + "-desc'>" + escape(description(chart))
                + "</desc>" + svg.substring(open);
    }

    /** "Chart of loss against epoch; its numbers are in the CSV files beside the page." */
    private static String description(JFreeChart chart) {
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot xy) {
            return "Chart of " + xy.getRangeAxis().getLabel() + " against " + xy.getDomainAxis().getLabel()
                    + "; its numbers are in the CSV files beside the page.";
        }
        return "Bar chart; its numbers are in the CSV files beside the page.";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
