package optlab.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The reference solutions kept with the tests (src/test/resources/lab/LANGUAGE/RULE), copied into a folder a check can run. */
final class LabFixtures {

    static final Path SOLUTIONS = Path.of("src", "test", "resources", "lab");

    private LabFixtures() {
    }

    static Map<Stage, Double> points() {
        var points = new EnumMap<Stage, Double>(Stage.class);
        for (Stage s : Stage.values()) {
            points.put(s, (double) s.defaultPoints);
        }
        return points;
    }

    /** Whether the python3 the drivers run imports NumPy (then they hand solutions float32 arrays). */
    static boolean pythonHasNumpy() {
        try {
            return new ProcessBuilder("python3", "-c", "import numpy").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A copy of the reference solution of {@code rule} in {@code language}; for Python, {@code mistake} (null: none) is switched on. */
    static Path solution(Path dir, String language, String rule, String mistake) {
        String file = language.equals("java") ? "Solution.java" : "solution.py";
        try {
            Path folder = Files.createDirectories(dir.resolve(language + "-" + rule + "-" + (mistake == null ? "right" : mistake)));
            String text = Files.readString(SOLUTIONS.resolve(language).resolve(rule).resolve(file));
            if (mistake != null) {
                text = text.replace("MISTAKE = None", "MISTAKE = \"" + mistake + "\"");
            }
            Files.writeString(folder.resolve(file), text);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
