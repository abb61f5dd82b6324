package optlab.lab;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import optlab.spec.SpecException;

/**
 * {@code exercise.properties} in an exercise folder: which exercise, in which language, and the
 * points of each of its stages ({@code points.vectors}, {@code points.state}, {@code points.mnist} for a rule;
 * {@code points.forward}, {@code points.backward}, {@code points.gradcheck}, {@code points.tensorflow} for a
 * layer; the defaults are {@link Stage#defaultPoints}).
 */
public record ExerciseFile(String exercise, String language, Map<Stage, Double> points) {

    public static final String NAME = "exercise.properties";

    public static ExerciseFile defaults(String exercise, String language) {
        var points = new EnumMap<Stage, Double>(Stage.class);
        for (Stage s : Stage.of(LayerExercises.has(exercise))) {
            points.put(s, (double) s.defaultPoints);
        }
        return new ExerciseFile(exercise, language, points);
    }

    /** The folder's file; without one, the language is guessed from the files there and {@code exercise} must be given. */
    public static ExerciseFile read(Path folder, String exercise) {
        Path file = folder.resolve(NAME);
        String guessed = Files.exists(folder.resolve("solution.py")) ? "python" : "java";
        if (!Files.exists(file)) {
            if (exercise == null) {
                throw new SpecException(folder + " has no " + NAME + ": name the exercise with --against");
            }
            return defaults(exercise, guessed);
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new SpecException("cannot read " + file + ": " + e.getMessage());
        }
        String name = exercise != null ? exercise : properties.getProperty("exercise");
        if (name == null) {
            throw new SpecException(file + " names no exercise");
        }
        ExerciseFile result = defaults(name.trim(), properties.getProperty("language", guessed).trim());
        for (Stage s : result.points().keySet()) {
            String value = properties.getProperty("points." + s.id);
            if (value != null) {
                try {
                    result.points().put(s, Double.parseDouble(value.trim()));
                } catch (NumberFormatException e) {
                    throw new SpecException(file + ": points." + s.id + " is not a number: '" + value + "'");
                }
            }
        }
        return result;
    }

    public void write(Path folder) throws IOException {
        try (Writer writer = Files.newBufferedWriter(folder.resolve(NAME))) {
            writer.write("# optlab lab exercise: which rule or layer, which language, and the points of each check stage\n");
            writer.write("exercise=" + exercise + "\nlanguage=" + language + "\n");
            for (Map.Entry<Stage, Double> e : points.entrySet()) {
                writer.write("points." + e.getKey().id + "=" + e.getValue().intValue() + "\n");
            }
        }
    }
}
