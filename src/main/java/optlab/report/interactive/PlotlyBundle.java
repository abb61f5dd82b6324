package optlab.report.interactive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The charting library of the page's interactive layer: plotly.js, version-pinned and kept with the
 * code (MIT licence beside it), checked against its SHA-256 before it is inlined, so a page never
 * carries anything but the file that was reviewed. A page carries one build: the basic bundle
 * (scatter, bar, pie), or on a page with a loss landscape the gl3d bundle, whose scatter draws the
 * other charts just as well and which adds the 3-D surface.
 */
public final class PlotlyBundle {

    static final String VERSION = "4.1.1";
    /** sha256 of plotly-basic.min.js from npm's plotly.js-basic-dist-min@4.1.1 (tarball sha512-1oNF8PeQ...kkjMQ==). */
    static final String SHA256 = "99784e3abfb07b142a15e521a439e6d9addceadb3f79553fd24c72774f0649ba";
    /** sha256 of plotly-gl3d.min.js from npm's plotly.js-gl3d-dist-min@4.1.1 (tarball sha512-HNdhOi/mVr29u...MMdtOWl0bERZA==). */
    static final String GL3D_SHA256 = "aab04dcd9c103a92b18723f8c837712fe820f325d0bcd2421e415e8124a75b9f";
    private static final String RESOURCE = "/optlab/report/vendor/plotly-basic-" + VERSION + ".min.js";
    private static final String GL3D_RESOURCE = "/optlab/report/vendor/plotly-gl3d-" + VERSION + ".min.js";
    private static final String SCRIPT = "/optlab/report/interactive.js";
    private static volatile String library;
    private static volatile String gl3d;

    private PlotlyBundle() {
    }

    /** The basic bundle's text, verified. */
    public static String library() {
        if (library == null) {
            library = verified(RESOURCE, SHA256);
        }
        return library;
    }

    /** The gl3d bundle's text (scatter, scatter3d, surface), verified. */
    public static String gl3d() {
        if (gl3d == null) {
            gl3d = verified(GL3D_RESOURCE, GL3D_SHA256);
        }
        return gl3d;
    }

    static String verified(String resource, String sha256) {
        byte[] bytes = read(resource);
        String actual = sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new IllegalStateException(resource + " has sha256 " + actual + ", not the pinned " + sha256);
        }
        return new String(bytes, StandardCharsets.UTF_8);
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
