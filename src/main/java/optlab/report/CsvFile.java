package optlab.report;

import java.nio.file.Path;
import java.util.List;
import optlab.results.AtomicFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One CSV file of the report: a header, then a record per row, "\n" between records, written atomically. */
public final class CsvFile {

    private CsvFile() {
    }

    public static void write(Path file, List<String> header, List<List<Object>> rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').build();
        AtomicFile.write(file, out -> {
            var printer = new CSVPrinter(out, format);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        });
    }
}
