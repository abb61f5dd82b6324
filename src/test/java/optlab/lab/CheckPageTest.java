package optlab.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import optlab.spec.OptimizerCatalog;
import org.junit.jupiter.api.Test;

/** The check's page: the curve, the diagnosis with the formula line marked, and nothing the student wrote left unescaped. */
class CheckPageTest {

    @Test
    void marksTheDifferingLineAndDrawsTheCurve() {
        LabResult r = new Checker(OptimizerCatalog.parse("adam"), LabFixtures.points(), null)
                .check(() -> new RuleSession(References.of("adam", "eps-inside-root")), "java");
        String html = CheckPage.html(r);
        assertTrue(html.contains("<polyline"), html);
        assertTrue(html.contains("<mark>w ← w − α m / (√v + ε)</mark>"), html);
        assertTrue(html.contains("epsilon inside instead of outside the root"));
    }

    @Test
    void marksTheDifferingLineOfALayer() {
        LabResult r = new LayerChecker(LayerExercises.of("tanh"), LabFixtures.points()).check(() -> LayerReferences.session("tanh", "one-minus-y"), "java");
        String html = CheckPage.html(r);
        assertTrue(html.contains("<h2>The layer: Tanh</h2>"), html);
        assertTrue(html.contains("<mark>dx = gradY · (1 − y²)</mark>"), html);
        assertFalse(html.contains("<polyline"), html);
    }

    @Test
    void escapesWhatTheStudentControls() {
        var r = new LabResult("adam", "java", List.of(), null, null, "does not compile: <script>alert(1)</script> & more", 0, new double[0]);
        String html = CheckPage.html(r);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
    }
}
