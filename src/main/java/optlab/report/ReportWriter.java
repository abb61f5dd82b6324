package optlab.report;

import java.nio.file.Path;
import optlab.results.AtomicFile;

/** Writes {@code index.html} and the CSV files of an experiment into its folder. */
public final class ReportWriter {

    private static final String TEMPLATE = "/optlab/report/report.html.mustache";

    private ReportWriter() {
    }

    /** @return the path of the written {@code index.html} */
    public static Path write(Path folder, ReportInput input) {
        CsvExport.writeAll(folder, input);
        Path index = folder.resolve("index.html");
        String html = Templates.load(TEMPLATE).execute(ReportPage.of(input));
        AtomicFile.write(index, html);
        return index;
    }
}
