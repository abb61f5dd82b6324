package optlab.results;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where and how an experiment ran: seed, spec, library versions, JVM, OS, device, git commit, time. Ordered. */
public record Provenance(Map<String, String> entries) {

    public Provenance {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
}
