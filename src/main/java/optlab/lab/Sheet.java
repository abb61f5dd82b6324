package optlab.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A rule's entry of the report's formula sheet (resources/optlab/report/formulas.yaml) as plain text
 * for an exercise sheet, or a layer's forward and backward formulas.
 */
record Sheet(String title, String state, String equations, String differs) {

    static Sheet of(String name) {
        if (LayerExercises.has(name)) {
            LayerExercises.Entry e = LayerExercises.of(name);
            var lines = new java.util.ArrayList<>(e.forward());
            lines.addAll(e.backward());
            return new Sheet(e.title(), "", String.join("\n", lines), "");
        }
        try (InputStream in = Sheet.class.getResourceAsStream("/optlab/report/formulas.yaml")) {
            JsonNode entry = new ObjectMapper(new YAMLFactory()).readTree(in).path("optimizers").path(name);
            return new Sheet(text(entry, "title"), text(entry, "state"), text(entry, "equations"), text(entry, "differs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode entry, String key) {
        String html = entry.path(key).asText("");
        return html.replaceAll("<sup>([^<]*)</sup>", "^$1").replaceAll("<sub>([^<]*)</sub>", "_$1").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }
}
