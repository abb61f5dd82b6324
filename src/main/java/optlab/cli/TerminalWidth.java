package optlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** How wide the console is: $COLUMNS, else what the terminal says; unbounded when output goes to a file or a pipe. */
final class TerminalWidth {

    private TerminalWidth() {
    }

    static int of(boolean terminal) {
        if (!terminal) {
            return Integer.MAX_VALUE;
        }
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        try {
            Process stty = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            if (stty.waitFor(2, TimeUnit.SECONDS) && size.length == 2 && size[1].matches("[1-9]\\d+")) {
                return Integer.parseInt(size[1]);
            }
        } catch (IOException e) {
            // no stty: the usual width
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ProgressLine.WIDTH;
    }
}
