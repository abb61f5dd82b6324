package optlab.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Reads one YAML document into a tree, strictly: a key given twice, a second document and an alias
 * ({@code *name}, which Jackson would read as the text "name") are each refused with one line that
 * names the file and where.
 */
final class StrictYaml {

    /** Longer texts are refused before they are parsed: an experiment file is a few hundred bytes. */
    static final int MAX_CHARS = 1 << 20;

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private StrictYaml() {
    }

    /** The document's tree, or null when {@code yaml} holds none. */
    static JsonNode read(String yaml, String shown) {
        if (yaml.length() > MAX_CHARS) {
            throw new SpecException(shown + ": " + yaml.length() + " characters, more than an experiment file may hold (" + MAX_CHARS + ")");
        }
        try (JsonParser parser = YAML.createParser(yaml)) {
            refuseAliases(parser, shown);
        } catch (JsonProcessingException e) {
            throw invalid(shown, e);
        } catch (IOException e) {
            throw new SpecException(shown + ": cannot be read (" + e.getMessage() + ")");
        }
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonNode tree = YAML.readTree(parser);
            if (parser.nextToken() != null) {
                throw new SpecException(shown + ": holds more than one YAML document (the second one holds line "
                        + parser.currentLocation().getLineNr() + "); an experiment file is one document");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw invalid(shown, e);
        } catch (IOException e) {
            throw new SpecException(shown + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void refuseAliases(JsonParser parser, String shown) throws IOException {
        var yaml = (YAMLParser) parser;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (yaml.isCurrentAlias()) {
                throw new SpecException(shown + ": " + (parser.currentName() == null ? "a value" : "'" + parser.currentName() + "'")
                        + " at line " + parser.currentLocation().getLineNr() + " is the alias *" + parser.getText()
                        + "; write the value out instead of using anchors and aliases");
            }
        }
    }

    private static SpecException invalid(String shown, JsonProcessingException e) {
        var at = e.getLocation();
        return new SpecException(shown + ": not valid YAML" + (at == null ? "" : " at line " + at.getLineNr()
                + ", column " + at.getColumnNr()) + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    }
}
