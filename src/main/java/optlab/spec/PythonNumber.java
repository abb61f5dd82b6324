package optlab.spec;

import java.math.BigDecimal;
import java.util.Locale;

/** A setting written as Python and the course's notebooks write it: 0.001, 0.9, 1e-08, 100. */
public final class PythonNumber {

    private PythonNumber() {
    }

    /** Whole numbers below a million without a point; otherwise Python's repr: scientific below 1e-4 and from 1e16. */
    public static String of(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        String java = Double.toString(v);
        if ((Math.abs(v) < 1e-4 || Math.abs(v) >= 1e16) && java.contains("E")) {
            // Java's shortest digits, in Python's spelling: 1.0E-8 is 1e-08, 2.5E-5 is 2.5e-05.
            String[] parts = java.split("E");
            String mantissa = parts[0].endsWith(".0") ? parts[0].substring(0, parts[0].length() - 2) : parts[0];
            int exponent = Integer.parseInt(parts[1]);
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        return new BigDecimal(java).stripTrailingZeros().toPlainString();
    }
}
