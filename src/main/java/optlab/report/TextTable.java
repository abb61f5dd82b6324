package optlab.report;

import java.util.List;
import java.util.function.IntPredicate;

/** A plain-text table for the console: columns padded to their widest cell, text left, numbers right. */
public final class TextTable {

    private TextTable() {
    }

    /**
     * @param rows the header first, then one row per line, all of equal length
     * @param leftAligned which columns hold text; the others are right-aligned
     * @param ruleUnderHeader whether a line of dashes follows the header
     */
    /** The width of the widest line {@link #render} would write. */
    public static int width(List<List<String>> rows) {
        int total = 0;
        for (int c = 0; c < rows.get(0).size(); c++) {
            int column = c;
            total += rows.stream().mapToInt(r -> r.get(column).length()).max().orElse(0) + (c == 0 ? 0 : 2);
        }
        return total;
    }

    public static String render(List<List<String>> rows, IntPredicate leftAligned, boolean ruleUnderHeader) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        var sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            var line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = rows.get(r).get(c);
                String space = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(leftAligned.test(c) ? cell + space : space + cell);
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
            if (r == 0 && ruleUnderHeader) {
                sb.append("-".repeat(line.length())).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }
}
