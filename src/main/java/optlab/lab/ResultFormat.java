package optlab.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import optlab.spec.SpecException;

/** How a check's result is written: for a person (text) or an autograder (json, Gradescope's results.json, JUnit XML). */
public enum ResultFormat {
    TEXT, JSON, GRADESCOPE, JUNIT;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SpecException("unknown format '" + name + "' (expected text, json, gradescope or junit)");
        }
    }

    public String write(LabResult r) {
        try {
            return switch (this) {
                case TEXT -> text(r);
                case JSON -> MAPPER.writeValueAsString(json(r)) + "\n";
                case GRADESCOPE -> MAPPER.writeValueAsString(gradescope(r)) + "\n";
                case JUNIT -> junit(r);
            };
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(LabResult r) {
        var sb = new StringBuilder("exercise " + r.exercise() + " (" + r.language() + ")\n");
        if (r.error() != null) {
            return sb.append("COULD NOT RUN: ").append(r.error()).append('\n').toString();
        }
        int width = r.stages().stream().mapToInt(s -> s.stage().id.length()).max().orElse(0) + 1;
        for (StageResult s : r.stages()) {
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s %-7s %4.1f/%-4.1f %s%n", s.stage().id, s.status(), s.points(), s.maxPoints(), s.output()));
        }
        if (r.difference() != null) {
            sb.append("first difference: ").append(r.difference().describe()).append('\n');
            if (r.diagnosis() != null) {
                Mistake m = r.diagnosis();
                sb.append("diagnosis: ").append(m.name()).append(" [").append(m.id()).append("]\n")
                        .append("  the formula says: ").append(m.correctLine()).append('\n')
                        .append("  your numbers fit: ").append(m.wrongLine()).append('\n');
            } else if (LayerExercises.mistakes(r.exercise()).isEmpty()) {
                sb.append("diagnosis: optlab knows no mistakes of ").append(r.exercise()).append(" yet; compare with the sheet line by line\n");
            } else {
                sb.append("diagnosis: none of the known mistakes of ").append(r.exercise()).append(" reproduces these numbers\n");
            }
        }
        return sb.append(String.format(Locale.ROOT, "score %.1f/%.1f: %s (%.1f s)%n", r.score(), r.maxScore(),
                r.exitCode() == LabResult.PASS ? "PASSED" : "WRONG", r.seconds())).toString();
    }

    static ObjectNode json(LabResult r) {
        ObjectNode root = MAPPER.createObjectNode().put("exercise", r.exercise()).put("language", r.language())
                .put("exit_code", r.exitCode()).put("score", r.score()).put("max_score", r.maxScore())
                .put("stages_passed", r.stagesPassed()).put("summary", r.summary()).put("seconds", r.seconds());
        root.put("error", r.error());
        var stages = root.putArray("stages");
        for (StageResult s : r.stages()) {
            stages.addObject().put("stage", s.stage().id).put("status", s.status().name().toLowerCase(Locale.ROOT))
                    .put("points", s.points()).put("max_points", s.maxPoints()).put("output", s.output());
        }
        if (r.difference() != null) {
            root.set("difference", MAPPER.valueToTree(r.difference()));
        }
        if (r.diagnosis() != null) {
            root.set("diagnosis", MAPPER.valueToTree(r.diagnosis()));
        }
        return root;
    }

    /** Gradescope's results.json: score, max_score, and per stage name, score, max_score, status (passed/failed), output. */
    static ObjectNode gradescope(LabResult r) {
        ObjectNode root = MAPPER.createObjectNode().put("score", r.score()).put("max_score", r.maxScore());
        root.put("output", r.error() != null ? "could not run: " + r.error() : r.summary());
        var tests = root.putArray("tests");
        if (r.error() != null) {
            tests.addObject().put("name", "the submission runs").put("score", 0).put("max_score", 0)
                    .put("status", "failed").put("output", r.error());
        }
        for (StageResult s : r.stages()) {
            String output = s.output();
            if (s.status() == StageResult.Status.FAILED && r.diagnosis() != null) {
                output += "\ndiagnosis: " + r.diagnosis().name() + " (formula: " + r.diagnosis().correctLine() + ")";
            }
            tests.addObject().put("name", s.stage().id + ": " + s.stage().title).put("score", s.points()).put("max_score", s.maxPoints())
                    .put("status", s.passed() ? "passed" : "failed").put("output", output);
        }
        return root;
    }

    /**
     * JUnit XML (the Ant/Surefire schema CI systems and GitHub Classroom read): one testcase per stage, a
     * failure for a stage that failed and {@code <skipped/>} for one that never ran.
     */
    static String junit(LabResult r) {
        String suite = xml("optlab.lab." + r.exercise());
        long failures = r.error() == null ? count(r, StageResult.Status.FAILED) : 0;
        long skipped = r.error() == null ? count(r, StageResult.Status.NOT_RUN) : 0;
        int errors = r.error() != null ? 1 : 0;
        int tests = r.error() != null ? 1 : r.stages().size();
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT, "<testsuites tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">%n", tests,
                failures, errors, skipped, r.seconds()));
        sb.append(String.format(Locale.ROOT, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\">%n",
                suite, tests, failures, errors, skipped, r.seconds()));
        if (r.error() != null) {
            sb.append("    <testcase classname=\"").append(suite).append("\" name=\"the submission runs\" time=\"0\">\n")
                    .append("      <error message=\"").append(xml(firstLine(r.error()))).append("\" type=\"SubmissionError\">")
                    .append(xml(r.error())).append("</error>\n    </testcase>\n");
        } else {
            for (StageResult s : r.stages()) {
                sb.append("    <testcase classname=\"").append(suite).append("\" name=\"")
                        .append(xml(s.stage().id + ": " + s.stage().title)).append("\" time=\"0\"");
                switch (s.status()) {
                    case PASSED -> sb.append("/>\n");
                    case NOT_RUN -> sb.append(">\n      <skipped message=\"").append(xml(firstLine(s.output()))).append("\"/>\n    </testcase>\n");
                    case FAILED -> {
                        String body = s.output() + (r.diagnosis() != null ? "\ndiagnosis: " + r.diagnosis().name() : "");
                        sb.append(">\n      <failure message=\"").append(xml(firstLine(s.output()))).append("\" type=\"WrongResult\">")
                                .append(xml(body)).append("</failure>\n    </testcase>\n");
                    }
                }
            }
        }
        return sb.append("  </testsuite>\n</testsuites>\n").toString();
    }

    private static long count(LabResult r, StageResult.Status status) {
        return r.stages().stream().filter(s -> s.status() == status).count();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** Escapes for XML text and attributes, dropping the characters XML 1.0 cannot hold at all. */
    static String xml(String text) {
        var sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
