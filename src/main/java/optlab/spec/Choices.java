package optlab.spec;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the known name closest to a mistyped one, and the one-line error that offers it. */
public final class Choices {

    private Choices() {
    }

    /** The known name within a typo or two of {@code given} (a third of its length, at least 1, at most 3 edits), nearest first. */
    public static Optional<String> closest(String given, Collection<String> known) {
        int limit = Math.max(1, Math.min(3, given.length() / 3 + 1));
        var distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int d = distance.apply(given.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code unknown KIND 'given'; did you mean 'x'? (expected a, b or c)}, the question only when a name is close. */
    public static SpecException unknown(String kind, String given, List<String> known) {
        return new SpecException("unknown " + kind + " '" + given + "'" + suggestion(given, known) + " (expected " + list(known) + ")");
    }

    /** "; did you mean 'x'?" or "". */
    public static String suggestion(String given, Collection<String> known) {
        return closest(given, known).map(name -> "; did you mean '" + name + "'?").orElse("");
    }

    /** "a, b or c". */
    public static String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
