package optlab.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The results store writes evaluations with Jackson: only the record components may appear. */
class EvaluationJsonTest {

    @Test
    void roundTripsThroughJacksonWithOnlyRecordComponents() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        int[] labels = EvaluationTest.randomLabels(200, 4, new Random(4));
        Evaluation e = Evaluation.of(EvaluationTest.randomSoftmax(labels, 4, new Random(1)), labels);

        String json = mapper.writeValueAsString(e);
        JsonNode tree = mapper.readTree(json);
        assertEquals(List.of("loss", "accuracy", "confusion", "report", "rocPerClass", "macroRoc", "macroAuc"),
                fieldNames(tree));
        assertEquals(List.of("counts"), fieldNames(tree.get("confusion")));
        assertEquals(List.of("falsePositiveRate", "truePositiveRate", "auc"), fieldNames(tree.get("macroRoc")));

        Evaluation back = mapper.readValue(json, Evaluation.class);
        assertEquals(e.loss(), back.loss());
        assertEquals(e.report(), back.report());
        assertArrayEquals(e.confusion().counts(), back.confusion().counts());
        assertArrayEquals(e.macroRoc().truePositiveRate(), back.macroRoc().truePositiveRate());
        assertEquals(e.rocPerClass().get(3).auc(), back.rocPerClass().get(3).auc());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
