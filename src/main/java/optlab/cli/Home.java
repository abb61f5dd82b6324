package optlab.cli;

import java.nio.file.Path;

/** The optlab folder (set by the launcher), against which default data and report folders resolve. */
final class Home {

    private Home() {
    }

    static Path path() {
        return Path.of(System.getProperty("optlab.home", ".")).toAbsolutePath().normalize();
    }
}
