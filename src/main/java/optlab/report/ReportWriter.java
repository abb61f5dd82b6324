package optlab.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import optlab.results.AtomicFile;

/** Writes {@code index.html} and the CSV files of an experiment into its folder. */
public final class ReportWriter {

    private static final String TEMPLATE = "/optlab/report/report.html.mustache";

    private ReportWriter() {
    }

    /** @return the path of the written {@code index.html} */
    public static Path write(Path folder, ReportInput input) {
        CsvExport.writeAll(folder, input.runs());
        Path index = folder.resolve("index.html");
        String html = template().execute(ReportPage.of(input));
        AtomicFile.write(index, html);
        return index;
    }

    private static Template template() {
        try (InputStream in = ReportWriter.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("report template " + TEMPLATE + " is missing from the classpath");
            }
            return Mustache.compiler().compile(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
