package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random mutations of a valid experiment file (characters replaced, inserted or deleted, lines
 * duplicated, dropped or swapped) load as an experiment or fail with one line: a
 * {@link SpecException} naming the file, which the command line turns into exit code 2.
 */
class ExperimentFilePropertyTest {

    private static final String VALID = read(Path.of("experiments/examples/small-study.yaml"));
    private static final String NOISE = "abcdefghijklmnopqrstuvwxyz0123456789 :-[]{},.'\"#&*!|>@%=()\n\t\\e+";

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One edit of the text: what it does, at a position, with a piece of noise. */
    record Edit(int kind, int position, int other, String noise) {
        String apply(String text) {
            if (text.isEmpty()) {
                return noise;
            }
            int at = Math.floorMod(position, text.length());
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int line = Math.floorMod(position, lines.size());
            int otherLine = Math.floorMod(other, lines.size());
            switch (kind) {
                case 0 -> {
                    return text.substring(0, at) + noise + text.substring(Math.min(text.length(), at + noise.length()));
                }
                case 1 -> {
                    return text.substring(0, at) + noise + text.substring(at);
                }
                case 2 -> {
                    return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + Math.floorMod(other, 20)));
                }
                case 3 -> lines.add(otherLine, lines.get(line));
                case 4 -> lines.remove(line);
                default -> {
                    String swapped = lines.get(line);
                    lines.set(line, lines.get(otherLine));
                    lines.set(otherLine, swapped);
                }
            }
            return String.join("\n", lines);
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers(), Arbitraries.integers(),
                Arbitraries.strings().withChars(NOISE.toCharArray()).ofMinLength(1).ofMaxLength(8)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 1000)
    void aMutatedFileLoadsOrFailsInOneLine(@ForAll("edits") List<Edit> edits) {
        String text = VALID;
        for (Edit e : edits) {
            text = e.apply(text);
        }
        try {
            ExperimentFile.parse(text, "x.yaml", "x");
        } catch (SpecException e) {
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().startsWith("x.yaml: "), e.getMessage());
        }
    }
}
