package optlab.results;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where and how an experiment ran: seed, spec, library versions, JVM, OS, device, git commit, time. Ordered. */
public record Provenance(Map<String, String> entries) {

    public Provenance {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** These entries and one more, last. */
    public Provenance with(String key, String value) {
        var more = new LinkedHashMap<>(entries);
        more.put(key, value);
        return new Provenance(more);
    }
}
