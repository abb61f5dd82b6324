package optlab.cli;

import java.util.Locale;
import optlab.train.EpochStats;

/** The console's training lines, each at most 80 columns: the live one redrawn during an epoch, and the one a finished epoch leaves. */
final class ProgressLine {

    static final int WIDTH = 80;
    private static final int BAR = 20;

    private ProgressLine() {
    }

    /** "  epoch  3/10 [=======>            ]  38%  loss 0.2345  ETA 0:41 run, 12:05 all" */
    static String live(int epoch, int epochs, double fraction, double meanLoss, double runEta, double studyEta) {
        return fit(String.format(Locale.ROOT, "  epoch %2d/%d [%s] %3d%%  loss %.4f  ETA %s", epoch, epochs, bar(fraction, BAR),
                (int) Math.floor(fraction * 100), meanLoss, eta(runEta, studyEta)));
    }

    /** "  epoch  3/10  loss 0.2345 acc 0.9312  test 0.1234 0.9612  3.4 s  ETA 0:41" (the run's; the study's is on the live line). */
    static String epoch(EpochStats e, int epochs, double runEta) {
        return fit(String.format(Locale.ROOT, "  epoch %2d/%d  loss %.4f acc %.4f  test %.4f %.4f  %s  ETA %s", e.epoch(), epochs,
                e.trainLoss(), e.trainAccuracy(), e.testLoss(), e.testAccuracy(), seconds(e.seconds()), duration(runEta)));
    }

    /** "=======>            ": {@code fraction} of {@code length} columns filled. */
    static String bar(double fraction, int length) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * length);
        return "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? ">" : "") + " ".repeat(length - filled);
    }

    private static String eta(double run, double study) {
        return study > run + 0.5 ? duration(run) + " run, " + duration(study) + " all" : duration(run);
    }

    /** "4.2 s" below a minute, else "m:ss". */
    static String seconds(double s) {
        return s < 60 ? String.format(Locale.ROOT, "%.1f s", s) : duration(s);
    }

    /** "0:07", "12:05", "1:02:03"; "?" before anything is known. */
    static String duration(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A long label cut to fit, its end replaced by "...". */
    static String fit(String line) {
        return fit(line, WIDTH);
    }

    /** {@link #fit(String)} in {@code width} columns. */
    static String fit(String line, int width) {
        return line.length() <= width ? line : line.substring(0, width - 3) + "...";
    }
}
