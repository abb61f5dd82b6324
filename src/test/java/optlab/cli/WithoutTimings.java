package optlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A stored JSON file as text, less what differs between two identical runs by nature: wall times, start and finish, the
 * command line, and how many runs trained at once beside a run (which only its seconds depend on).
 */
final class WithoutTimings {

    private static final Set<String> TIMING = Set.of("seconds", "started", "finished", "command", "runsAtOnce");
    private static final ObjectMapper JSON = new ObjectMapper();

    private WithoutTimings() {
    }

    /** Written back in the order read, so a key order that differs between two writers shows. */
    static String of(Path file) throws IOException {
        return JSON.writeValueAsString(strip(JSON.readTree(file.toFile())));
    }

    private static JsonNode strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(TIMING);
            object.forEach(WithoutTimings::strip);
        } else if (node.isArray()) {
            node.forEach(WithoutTimings::strip);
        }
        return node;
    }
}
