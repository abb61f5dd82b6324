package optlab.results;

import java.nio.file.Path;

/**
 * The folder name of an experiment: its name is a label, never a path. Every run of characters
 * other than letters, digits, '.', '_' and '-' becomes one '-', and leading dots and dashes go, so
 * "..", "/etc" and "../../x" name folders inside {@code reports/}.
 */
public record FolderName(String value) {

    public static final String FALLBACK = "experiment";
    private static final int MAX_LENGTH = 100;

    public static FolderName of(String label) {
        String safe = label.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "").replaceAll("[.-]+$", "");
        safe = safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) : safe;
        return new FolderName(safe.isEmpty() ? FALLBACK : safe);
    }

    /** {@code parent/value}, which always lies directly inside {@code parent}. */
    public Path under(Path parent) {
        Path folder = parent.resolve(value).normalize();
        if (!parent.equals(folder.getParent())) {
            throw new IllegalStateException("folder name '" + value + "' leaves " + parent);
        }
        return folder;
    }
}
