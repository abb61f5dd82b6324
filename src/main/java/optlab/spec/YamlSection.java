package optlab.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One mapping of an experiment file, read key by key. Every error names the file and the full key
 * ({@code training.epochs}), so a one-line message says where to look.
 */
final class YamlSection {

    private final String file;
    private final String path;
    private final JsonNode node;

    YamlSection(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!node.isObject()) {
            throw error("must be a mapping of keys to values");
        }
    }

    /** Rejects any key not in {@code known}, suggesting the closest known one. */
    void allowOnly(String... known) {
        var allowed = new TreeSet<>(List.of(known));
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw new SpecException(file + ": unknown key '" + qualified(key) + "'" + suggestion(key, allowed));
            }
        }
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    YamlSection section(String key) {
        return new YamlSection(file, qualified(key), node.get(key));
    }

    /** The mapping under {@code key}, or an empty one when the file leaves it out: every setting takes its default. */
    YamlSection sectionOrEmpty(String key) {
        return has(key) ? section(key) : new YamlSection(file, qualified(key), JsonNodeFactory.instance.objectNode());
    }

    String text(String key, String fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isValueNode()) {
            throw error(key, "must be a single value, got " + value);
        }
        return value.asText();
    }

    /** The value parsed by {@code parser}; a {@link SpecException} it throws is prefixed with the key. */
    <T> T parsed(String key, Function<String, T> parser, T fallback) {
        if (!has(key)) {
            return fallback;
        }
        String text = text(key, null);
        try {
            return parser.apply(text);
        } catch (SpecException e) {
            throw error(key, ": " + e.getMessage());
        }
    }

    double number(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isNumber()) {
            throw error(key, "must be a number, got '" + value.asText() + "'");
        }
        return value.asDouble();
    }

    double number(String key, double fallback, double min, double max, String range) {
        double value = number(key, fallback);
        if (!(value >= min && value <= max)) {
            throw error(key, "must be " + range + ", got " + value);
        }
        return value;
    }

    long whole(String key, long fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw error(key, "must be a whole number, got '" + value.asText() + "'");
        }
        return value.asLong();
    }

    int positive(String key, int fallback) {
        long value = whole(key, fallback);
        if (value <= 0 || value > Integer.MAX_VALUE) {
            throw error(key, "must be a positive whole number, got " + value);
        }
        return (int) value;
    }

    boolean flag(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            throw error(key, "must be true or false, got '" + value.asText() + "'");
        }
        return value.asBoolean();
    }

    /** The items of a list; a single value counts as a list of one. */
    List<JsonNode> list(String key) {
        JsonNode value = node.get(key);
        var items = new ArrayList<JsonNode>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (value.isArray()) {
            value.forEach(items::add);
        } else if (value.isValueNode()) {
            items.add(value);
        } else {
            throw error(key, "must be a list");
        }
        return items;
    }

    /** Each item of a list parsed by {@code parser}; a {@link SpecException} it throws is prefixed with {@code key[i]}. */
    <T> List<T> parsedList(String key, Function<String, T> parser) {
        List<JsonNode> items = list(key);
        var parsed = new ArrayList<T>();
        for (int i = 0; i < items.size(); i++) {
            try {
                parsed.add(parser.apply(items.get(i).asText()));
            } catch (SpecException e) {
                throw error(key + "[" + i + "]", ": " + e.getMessage());
            }
        }
        return parsed;
    }

    JsonNode raw(String key) {
        return node.get(key);
    }

    Iterable<String> keys() {
        return node::fieldNames;
    }

    String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String file() {
        return file;
    }

    /** "file: key message", or "file: key: message" when {@code message} starts with a colon. */
    SpecException error(String key, String message) {
        return new SpecException(file + ": " + qualified(key) + (message.startsWith(":") ? "" : " ") + message);
    }

    private SpecException error(String message) {
        return new SpecException(file + ": " + (path.isEmpty() ? "the file" : path) + " " + message);
    }

    private static String suggestion(String key, Set<String> allowed) {
        String closest = null;
        int best = 3;
        for (String candidate : allowed) {
            int d = distance(key, candidate);
            if (d < best) {
                best = d;
                closest = candidate;
            }
        }
        return closest != null ? " (did you mean '" + closest + "'?)" : " (known: " + String.join(", ", allowed) + ")";
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
