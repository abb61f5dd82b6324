package optlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/**
 * How each of the ten classes is drawn on the per-class ROC charts: a colour dark enough to stand
 * out 3:1 against the white plot (WCAG's bar for graphics), and a line pattern, so that classes
 * differ by more than hue, which many readers cannot tell apart.
 */
final class ClassStyle {

    /** Ordered so that the classes sharing a line pattern (0, 3, 6, 9; 1, 4, 7; 2, 5, 8) also differ in lightness. */
    private static final List<Color> COLOURS = List.of(new Color(0x762A83), new Color(0x4D4D4D), new Color(0x1F4E9C),
            new Color(0xB2182B), new Color(0x01665E), new Color(0x8C510A), new Color(0xA6470A), new Color(0x1B7837),
            new Color(0xC51B7D), new Color(0x3F8FC4));
    private static final List<float[]> PATTERNS = List.of(new float[0], new float[] {6f, 3f}, new float[] {1.5f, 2.5f});

    private ClassStyle() {
    }

    static Color colour(int k) {
        return COLOURS.get(k % COLOURS.size());
    }

    /** Solid, dashed and dotted in turn. */
    static Stroke stroke(int k) {
        float[] dash = pattern(k);
        return dash.length == 0 ? new BasicStroke(1.5f)
                : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    static float[] pattern(int k) {
        return PATTERNS.get(k % PATTERNS.size());
    }

    /** WCAG's contrast ratio of {@code c} against white. */
    static double contrastOnWhite(Color c) {
        return 1.05 / (luminance(c) + 0.05);
    }

    /** WCAG's relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
