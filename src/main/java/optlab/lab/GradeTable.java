package optlab.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** grades.csv and grades.html: one row per student. Everything a student controls is escaped. */
final class GradeTable {

    private GradeTable() {
    }

    static void writeCsv(Path file, List<Grader.Grade> grades) throws IOException {
        try (var printer = new CSVPrinter(Files.newBufferedWriter(file), CSVFormat.DEFAULT)) {
            printer.printRecord("student", "status", "stages_passed", "score", "max_score", "diagnosis", "seconds");
            for (Grader.Grade g : grades) {
                printer.printRecord(g.student(), g.status(), g.stagesPassed(), g.score(), g.maxScore(), g.diagnosis(),
                        String.format(Locale.ROOT, "%.1f", g.seconds()));
            }
        }
    }

    static void writeHtml(Path file, String exercise, List<Grader.Grade> grades) throws IOException {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>grades: ").append(html(exercise))
                .append("</title><style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                        + "table{border-collapse:collapse}.passed{background:#e6f4e6}.wrong{background:#fdecea}.could{background:#fff4d6}</style>"
                        + "</head><body>\n<h1>Grades: ").append(html(exercise)).append("</h1>\n<table>\n<tr><th>student</th><th>status</th>"
                        + "<th>stages passed</th><th>score</th><th>diagnosis</th><th>time (s)</th></tr>\n");
        for (Grader.Grade g : grades) {
            sb.append("<tr class=\"").append(g.status().split(" ")[0]).append("\"><td>").append(html(g.student())).append("</td><td>")
                    .append(html(g.status())).append("</td><td>").append(g.stagesPassed()).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f / %.1f", g.score(), g.maxScore())).append("</td><td>").append(html(g.diagnosis()))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.1f", g.seconds())).append("</td></tr>\n");
        }
        Files.writeString(file, sb.append("</table>\n</body></html>\n"));
    }

    static String html(String text) {
        return ResultFormat.xml(text);
    }
}
