package optlab.cli;

import java.io.PrintStream;
import java.util.Locale;
import optlab.landscape.LandscapeRunner;

/** One console line per landscape view: computed (and what it cost) or read back from the store. */
final class ConsoleLandscapeProgress implements LandscapeRunner.Events {

    private final PrintStream out;

    ConsoleLandscapeProgress(PrintStream out) {
        this.out = out;
    }

    /** "landscape [1/14] 12.3 s  slice sgd(lr=0.1), full batch", cut to 80 columns. */
    @Override
    public void computed(String what, double seconds, int index, int total) {
        out.println(ProgressLine.fit(String.format(Locale.ROOT, "landscape [%d/%d] %s  %s", index, total, ProgressLine.seconds(seconds), what)));
    }

    @Override
    public void reused(String what, int index, int total) {
        out.println(ProgressLine.fit(String.format(Locale.ROOT, "landscape [%d/%d] (stored)  %s", index, total, what)));
    }
}
