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
    /**
     * The rows in at most {@code width} columns, as far as it goes: the columns {@code droppable}
     * names are left out in that order while the table is too wide, then the first column's texts
     * are cut short with "...".
     */
    public static List<List<String>> fit(List<List<String>> rows, int width, List<Integer> droppable) {
        var columns = new java.util.ArrayList<Integer>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            columns.add(c);
        }
        for (int drop : droppable) {
            if (width(select(rows, columns)) <= width) {
                break;
            }
            columns.remove(Integer.valueOf(drop));
        }
        List<List<String>> shown = select(rows, columns);
        int over = width(shown) - width;
        if (over <= 0) {
            return shown;
        }
        int longest = shown.stream().mapToInt(r -> r.get(0).length()).max().orElse(0);
        int keep = Math.max(shown.get(0).get(0).length(), Math.max(4, longest - over));
        return shown.stream().map(r -> {
            var cells = new java.util.ArrayList<>(r);
            if (cells.get(0).length() > keep) {
                cells.set(0, cells.get(0).substring(0, keep - 3) + "...");
            }
            return (List<String>) cells;
        }).toList();
    }

    private static List<List<String>> select(List<List<String>> rows, List<Integer> columns) {
        return rows.stream().map(r -> columns.stream().map(r::get).toList()).toList();
    }

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
