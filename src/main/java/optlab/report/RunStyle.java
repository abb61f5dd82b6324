package optlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;
import optlab.spec.Implementation;

/** How a run is drawn: one colour per configuration (in experiment order), scratch solid, TensorFlow dashed. */
final class RunStyle {

    /**
     * Okabe-Ito (distinguishable with the common colour-vision deficiencies), then four of Paul Tol's
     * muted colours for studies with more configurations.
     */
    private static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442),
            new Color(0x882255), new Color(0x44AA99), new Color(0x999933), new Color(0x6E6E6E));

    private RunStyle() {
    }

    static Color colour(int optimizerIndex) {
        return PALETTE.get(optimizerIndex % PALETTE.size());
    }

    static String hex(int optimizerIndex) {
        return String.format("#%06X", colour(optimizerIndex).getRGB() & 0xFFFFFF);
    }

    static Stroke stroke(Implementation implementation) {
        return implementation == Implementation.SCRATCH
                ? new BasicStroke(2f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f);
    }
}
