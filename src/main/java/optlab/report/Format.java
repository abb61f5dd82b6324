package optlab.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the HTML page writes numbers; a missing number is a dash. */
final class Format {

    static final String MISSING = "–";

    private Format() {
    }

    static String f4(double v) {
        return Double.isNaN(v) ? MISSING : String.format(Locale.ROOT, "%.4f", v);
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    static String sci(double v) {
        return v == 0 ? "0" : String.format(Locale.ROOT, "%.2e", v);
    }

    /** The value narrowed to float, with the nine significant digits that tell every float apart: 0.9 is 0.899999976. */
    static String float32(double v) {
        BigDecimal exact = new BigDecimal((float) v).round(new MathContext(9)).stripTrailingZeros();
        return exact.scale() <= 0 ? exact.toPlainString() : exact.toString();
    }
}
