package optlab.report.landscape;

import java.awt.Color;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.renderer.PaintScale;

/**
 * How a loss is coloured and where the contour levels lie, from the lowest loss (dark) to the
 * highest (light). Viridis, lightened towards white so that the iso-lines and the paths drawn over
 * it stay legible. The levels are spaced by the square of their rank: round a minimum that is
 * roughly quadratic they come out as evenly spaced rings, not crowded at the edge.
 */
record LossScale(double low, double high) implements PaintScale {

    static final int LEVELS = 12;
    private static final double LIGHTEN = 0.35;
    private static final int[] VIRIDIS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725};

    /** The scale spanning every finite loss of the grids. */
    static LossScale over(List<double[][]> grids) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[][] grid : grids) {
            for (double[] row : grid) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (!(lo < hi)) {
            double centre = Double.isFinite(lo) ? lo : 0;
            return new LossScale(centre - 0.5, centre + 0.5);
        }
        return new LossScale(lo, hi);
    }

    double[] levels() {
        double[] levels = new double[LEVELS];
        for (int k = 1; k <= LEVELS; k++) {
            double share = (double) k / (LEVELS + 1);
            levels[k - 1] = low + (high - low) * share * share;
        }
        return levels;
    }

    @Override
    public double getLowerBound() {
        return low;
    }

    @Override
    public double getUpperBound() {
        return high;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    Color colour(double value) {
        if (!Double.isFinite(value)) {
            return Color.WHITE;
        }
        return at(Math.max(0, Math.min(1, (value - low) / (high - low))));
    }

    /** The palette as Plotly's colorscale: [[0, "#rrggbb"], ..., [1, "#rrggbb"]]. */
    List<List<Object>> plotly() {
        var stops = new ArrayList<List<Object>>();
        for (int k = 0; k < VIRIDIS.length; k++) {
            double share = (double) k / (VIRIDIS.length - 1);
            stops.add(List.of(share, hex(at(share))));
        }
        return stops;
    }

    /** The grid as a picture, a pixel per point, the highest b on top: the heat map under the iso-lines. */
    BufferedImage image(double[][] loss) {
        int rows = loss.length;
        int columns = loss[0].length;
        var image = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                image.setRGB(i, rows - 1 - j, colour(loss[j][i]).getRGB());
            }
        }
        return image;
    }

    static String dataUri(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static Color at(double share) {
        double position = share * (VIRIDIS.length - 1);
        int k = Math.min((int) position, VIRIDIS.length - 2);
        double t = position - k;
        Color a = new Color(VIRIDIS[k]);
        Color b = new Color(VIRIDIS[k + 1]);
        return new Color(light(a.getRed() + t * (b.getRed() - a.getRed())), light(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                light(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    private static int light(double channel) {
        return (int) Math.round(channel + LIGHTEN * (255 - channel));
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
