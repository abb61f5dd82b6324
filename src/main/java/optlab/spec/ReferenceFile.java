package optlab.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a reference file: CSV with the columns {@code optimizer,settings,epoch,train_accuracy,train_loss}
 * (double quotes around a field that holds a comma); lines starting with {@code #} are comments.
 * Errors name the file, the row (counting the header as row 1, comments not counted) and the column.
 */
final class ReferenceFile {

    private static final List<String> COLUMNS = List.of("optimizer", "settings", "epoch", "train_accuracy", "train_loss");

    /** One optimizer's rows: its settings text and its epochs. */
    record Published(String settings, List<Reference.Point> epochs) {
    }

    private ReferenceFile() {
    }

    /** The file's curves by its optimizer name, in file order. */
    static Map<String, Published> read(Path file, String shown) {
        List<CSVRecord> records;
        try (var reader = Files.newBufferedReader(file)) {
            records = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).build()
                    .parse(reader).getRecords();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SpecException("reference file " + shown + " cannot be read (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (records.isEmpty() || !records.get(0).toList().equals(COLUMNS)) {
            throw new SpecException(shown + " row 1: the header must be " + String.join(",", COLUMNS)
                    + (records.isEmpty() ? ", the file has no rows" : ", got " + String.join(",", records.get(0).toList())));
        }
        var curves = new LinkedHashMap<String, Published>();
        for (CSVRecord row : records.subList(1, records.size())) {
            String at = shown + " row " + row.getRecordNumber();
            if (row.size() != COLUMNS.size()) {
                throw new SpecException(at + ": expected " + COLUMNS.size() + " fields, got " + row.size());
            }
            String name = row.get(0);
            double epochValue = number(row.get(2), "epoch", at, 1, Integer.MAX_VALUE);
            if (epochValue != Math.rint(epochValue)) {
                throw new SpecException(at + ": epoch must be a whole number, got '" + row.get(2) + "'");
            }
            int epoch = (int) epochValue;
            var point = new Reference.Point(epoch, number(row.get(3), "train_accuracy", at, 0, 1),
                    number(row.get(4), "train_loss", at, 0, Double.MAX_VALUE));
            Published published = curves.computeIfAbsent(name, k -> new Published(row.get(1), new ArrayList<>()));
            int expected = published.epochs().size() + 1;
            if (epoch != expected) {
                throw new SpecException(at + ": " + name + "'s epochs must run 1, 2, ... in order; expected " + expected + ", got " + epoch);
            }
            published.epochs().add(point);
        }
        if (curves.isEmpty()) {
            throw new SpecException(shown + ": no rows after the header (one row per optimizer and epoch)");
        }
        return curves;
    }

    private static double number(String text, String column, String at, double min, double max) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= min && value <= max)) {
            throw new SpecException(at + ": " + column + " must be a number in [" + (min == 0 ? "0" : "1") + ", "
                    + (max == 1 ? "1]" : "inf)") + ", got '" + text + "'");
        }
        return value;
    }
}
