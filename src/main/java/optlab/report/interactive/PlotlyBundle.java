package optlab.report.interactive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The charting library of the page's interactive layer: plotly.js's basic bundle (scatter, bar,
 * pie), version-pinned and kept with the code (MIT licence beside it), checked against its SHA-256
 * before it is inlined, so a page never carries anything but the file that was reviewed. The 3-D
 * views of the landscape issue take Plotly's gl3d bundle, the same library.
 */
public final class PlotlyBundle {

    static final String VERSION = "4.1.1";
    /** sha256 of plotly-basic.min.js from npm's plotly.js-basic-dist-min@4.1.1 (tarball sha512-1oNF8PeQ...kkjMQ==). */
    static final String SHA256 = "99784e3abfb07b142a15e521a439e6d9addceadb3f79553fd24c72774f0649ba";
    private static final String RESOURCE = "/optlab/report/vendor/plotly-basic-" + VERSION + ".min.js";
    private static final String SCRIPT = "/optlab/report/interactive.js";
    private static volatile String library;

    private PlotlyBundle() {
    }

    /** The library's text, verified. */
    public static String library() {
        if (library == null) {
            byte[] bytes = read(RESOURCE);
            String actual = sha256(bytes);
            if (!actual.equals(SHA256)) {
                throw new IllegalStateException(RESOURCE + " has sha256 " + actual + ", not the pinned " + SHA256);
            }
            library = new String(bytes, StandardCharsets.UTF_8);
        }
        return library;
    }

    /** optlab's own script: builds each chart from its JSON, the run table's sorting and filters. */
    public static String script() {
        return new String(read(SCRIPT), StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PlotlyBundle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
