package optlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import optlab.spec.OptimizerCatalog;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gradescope's results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/: score,
 * max_score, tests[] with name, score, max_score, status "passed"/"failed", output) and JUnit XML
 * (the Ant/Surefire schema: testsuites > testsuite[name, tests, failures, errors] > testcase[classname,
 * name] with an optional failure or error[message, type]), checked field by field.
 */
class FormatTest {

    private static LabResult wrongAdam() {
        return new Checker(OptimizerCatalog.parse("adam"), LabFixtures.points(), null)
                .check(() -> new RuleSession(References.of("adam", "no-bias-correction")), "java");
    }

    private static LabResult wrongDense() {
        return new LayerChecker(LayerExercises.of("dense"), LabFixtures.points()).check(() -> LayerReferences.session("dense", "dw-transposed"), "java");
    }

    @Test
    void gradescopeResultsFollowTheSpec() throws Exception {
        JsonNode root = gradescope(wrongAdam(), 8.0);
        assertTrue(root.get("tests").get(0).get("output").asText().contains("no bias correction"));
    }

    @Test
    void gradescopeResultsOfALayerFollowTheSpec() throws Exception {
        JsonNode root = gradescope(wrongDense(), 10.0);
        assertEquals(4, root.get("tests").size());
        assertEquals(3.0, root.get("score").asDouble());
        assertTrue(root.get("tests").get(1).get("output").asText().contains("dW transposed"), root.toString());
    }

    private static JsonNode gradescope(LabResult r, double maxScore) throws Exception {
        JsonNode root = new ObjectMapper().readTree(ResultFormat.GRADESCOPE.write(r));
        assertTrue(Set.of("score", "max_score", "output", "tests").containsAll(iterable(root.fieldNames())));
        assertTrue(root.get("score").isNumber());
        assertEquals(maxScore, root.get("max_score").asDouble());
        double sum = 0;
        for (JsonNode test : root.get("tests")) {
            assertTrue(Set.of("name", "score", "max_score", "status", "output").containsAll(iterable(test.fieldNames())));
            assertTrue(test.get("name").isTextual());
            assertTrue(Set.of("passed", "failed").contains(test.get("status").asText()));
            assertTrue(test.get("score").asDouble() <= test.get("max_score").asDouble());
            sum += test.get("score").asDouble();
        }
        assertEquals(root.get("score").asDouble(), sum);
        return root;
    }

    @Test
    void junitXmlFollowsTheSchema() throws Exception {
        for (LabResult r : List.of(wrongAdam(), wrongDense(), new LabResult("adam", "java", List.of(), null, null, "does not compile:\n<oops> & \u0001", 0, new double[0]))) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(ResultFormat.JUNIT.write(r).getBytes(StandardCharsets.UTF_8)));
            Element suites = doc.getDocumentElement();
            assertEquals("testsuites", suites.getTagName());
            NodeList suite = suites.getElementsByTagName("testsuite");
            assertEquals(1, suite.getLength());
            Element s = (Element) suite.item(0);
            NodeList cases = s.getElementsByTagName("testcase");
            assertEquals(Integer.parseInt(s.getAttribute("tests")), cases.getLength());
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                assertTrue(!c.getAttribute("classname").isEmpty() && !c.getAttribute("name").isEmpty());
                failures += c.getElementsByTagName("failure").getLength();
                errors += c.getElementsByTagName("error").getLength();
                skipped += c.getElementsByTagName("skipped").getLength();
            }
            assertEquals(Integer.parseInt(s.getAttribute("failures")), failures);
            assertEquals(Integer.parseInt(s.getAttribute("errors")), errors);
            assertEquals(Integer.parseInt(s.getAttribute("skipped")), skipped);
            Double.parseDouble(s.getAttribute("time"));
        }
    }

    @Test
    void aStageThatNeverRanIsSkippedNotFailed() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(ResultFormat.JUNIT.write(wrongAdam()).getBytes(StandardCharsets.UTF_8)));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        Element vectors = (Element) cases.item(0);
        Element state = (Element) cases.item(1);
        assertEquals(1, vectors.getElementsByTagName("failure").getLength());
        assertEquals(0, state.getElementsByTagName("failure").getLength());
        assertEquals(1, state.getElementsByTagName("skipped").getLength());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("skipped"));
    }

    @Test
    void jsonCarriesTheExitCodeAndDiagnosis() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ResultFormat.JSON.write(wrongAdam()));
        assertEquals(1, root.get("exit_code").asInt());
        assertEquals("no-bias-correction", root.get("diagnosis").get("id").asText());
        assertEquals(1, root.get("difference").get("step").asInt());
        JsonNode layer = new ObjectMapper().readTree(ResultFormat.JSON.write(wrongDense()));
        assertEquals(1, layer.get("exit_code").asInt());
        assertEquals("dw-transposed", layer.get("diagnosis").get("id").asText());
        assertEquals("dW", layer.get("difference").get("array").asText());
    }

    private static Set<String> iterable(java.util.Iterator<String> names) {
        var set = new java.util.HashSet<String>();
        names.forEachRemaining(set::add);
        return set;
    }
}
