package optlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One grade command over a class: every submission gets its row, whatever it does. */
class GradeTest {

    @TempDir
    Path dir;

    @Test
    void gradesEverySubmissionAndGoesOnPastTheBrokenOnes() throws Exception {
        Path submissions = Submissions.write(dir);
        Path out = dir.resolve("grades");
        List<Grader.Grade> grades = new Grader("adam", 15, "256m", List.of("--steps", "0")).grade(submissions, out, line -> { });
        Map<String, Grader.Grade> by = grades.stream().collect(Collectors.toMap(Grader.Grade::student, g -> g));
        assertEquals(7, grades.size());
        assertEquals("passed", by.get("alice-right").status());
        assertEquals(8.0, by.get("alice-right").score());
        assertEquals("epsilon inside instead of outside the root", by.get("bob-eps-inside").diagnosis());
        assertEquals("no bias correction", by.get("carol-no-bias-correction").diagnosis());
        assertEquals("t off by one (the first update uses t = 2)", by.get("dave-python-t-off-by-one").diagnosis());
        assertEquals("could not run", by.get("erin-does-not-compile").status());
        assertTrue(by.get("erin-does-not-compile").diagnosis().contains("does not compile"));
        assertTrue(by.get("frank-loops-forever").diagnosis().contains("timed out"), by.get("frank-loops-forever").diagnosis());
        assertTrue(by.get("grace-calls-exit").diagnosis().contains("System.exit"), by.get("grace-calls-exit").diagnosis());
        assertEquals("could not run", by.get("grace-calls-exit").status());
        assertEquals(0.0, by.get("grace-calls-exit").score());
        assertEquals(8.0, by.get("grace-calls-exit").maxScore());
        List<String> csv = Files.readAllLines(out.resolve("grades.csv"));
        assertEquals("student,status,stages_passed,score,max_score,diagnosis,seconds", csv.get(0));
        assertEquals(8, csv.size());
        String html = Files.readString(out.resolve("grades.html"));
        assertTrue(html.contains("alice-right"));
        assertFalse(html.contains("<b>bye</b>"));
    }

    @Test
    void gradesALayerExercise() throws Exception {
        Path submissions = Submissions.writeRelu(dir);
        Path out = dir.resolve("relu-grades");
        List<Grader.Grade> grades = new Grader("relu", 30, "256m", List.of()).grade(submissions, out, line -> { });
        Map<String, Grader.Grade> by = grades.stream().collect(Collectors.toMap(Grader.Grade::student, g -> g));
        assertEquals(5, grades.size());
        assertEquals("passed", by.get("alice-right").status());
        assertEquals(10.0, by.get("alice-right").score());
        assertEquals("passed", by.get("dave-python-right").status(), by.get("dave-python-right").diagnosis());
        assertEquals("wrong", by.get("bob-unmasked").status());
        assertEquals(3.0, by.get("bob-unmasked").score());
        assertEquals("backward passes gradY through unmasked", by.get("bob-unmasked").diagnosis());
        assertEquals("the mask lets x = 0 through (x ≥ 0 where TensorFlow uses x > 0)", by.get("carol-python-mask-at-zero").diagnosis());
        assertEquals("could not run", by.get("erin-does-not-compile").status());
        assertEquals(6, Files.readAllLines(out.resolve("grades.csv")).size());
    }
}
