package optlab.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import optlab.scratch.optim.UpdateRules;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.spec.SpecException;

/** {@code lab new}: an exercise folder with the skeleton to fill in, the sheet (README.md) and exercise.properties; a layer's from {@link LayerExerciseWriter}. */
public final class ExerciseWriter {

    /** A paragraph for the sheet of a rule whose gradient is taken at a look-ahead point. */
    private static final String LOOK_AHEAD = "\n\nThe g that `step` receives stands for the gradient at the look-ahead point (in training, the\n"
            + "network moves the weights there before it takes the gradient). Do not look ahead yourself:\nstep from w.";

    private ExerciseWriter() {
    }

    public static List<Path> write(String exercise, String language, Path dir) throws IOException {
        if (!language.equals("java") && !language.equals("python")) {
            throw new SpecException("unknown language '" + language + "' (expected java or python)");
        }
        LayerExercises.requireExercise(exercise);
        if (LayerExercises.has(exercise)) {
            return LayerExerciseWriter.write(LayerExercises.of(exercise), language, dir);
        }
        OptimizerSpec spec = OptimizerCatalog.parse(exercise);
        Files.createDirectories(dir);
        Path skeleton = dir.resolve(language.equals("java") ? "Solution.java" : "solution.py");
        if (Files.exists(skeleton)) {
            throw new SpecException(skeleton + " exists already; optlab does not overwrite a student's work");
        }
        Files.writeString(skeleton, language.equals("java") ? javaSkeleton(spec) : pythonSkeleton(spec));
        Files.writeString(dir.resolve("README.md"), sheet(spec, language, dir));
        ExerciseFile.defaults(spec.equals(OptimizerCatalog.parse(spec.name())) ? spec.name() : spec.label(), language).write(dir);
        return List.of(skeleton, dir.resolve("README.md"), dir.resolve(ExerciseFile.NAME));
    }

    private static List<String> state(OptimizerSpec spec) {
        return RuleExercises.of(spec.name()).state(spec);
    }

    static String javaSkeleton(OptimizerSpec spec) {
        var init = new StringBuilder();
        for (String name : state(spec)) {
            init.append("        // state.put(\"").append(name).append("\", new float[size]);\n");
        }
        return """
                import optlab.lab.Hyper;
                import optlab.lab.State;
                import optlab.lab.StudentRule;

                /** %s: fill in init and step from README.md; check with ./optlab lab check . */
                public class Solution implements StudentRule {

                    @Override
                    public void init(int size, State state, Hyper hp) {
                        // TODO create the state the sheet lists%s
                %s    }

                    @Override
                    public void step(float[] w, float[] g, State state, Hyper hp) {
                        // TODO one update of w (in place); hp.lr(), %s
                    }
                }
                """.formatted(Sheet.of(spec.name()).title(), state(spec).isEmpty() ? " (this rule keeps none)" : "", init,
                spec.params().isEmpty() ? "no other hyperparameters" : hyperList(spec, "hp.get(\"%s\")"));
    }

    static String pythonSkeleton(OptimizerSpec spec) {
        var init = new StringBuilder();
        for (String name : state(spec)) {
            init.append("    # \"").append(name).append("\": zeros(size),\n");
        }
        return """
                \"\"\"%s: fill in init and step from README.md; check with ./optlab lab check .

                w, g and every array in state are NumPy float32 arrays when NumPy is installed, plain lists
                of floats otherwise; hp["lr"] and the other hyperparameters are numbers.
                \"\"\"
                import math


                def zeros(size):
                    return [0.0] * size


                def init(size, hp):
                    \"\"\"The state of a tensor of `size` elements: a dict of the arrays the sheet lists.\"\"\"
                    return {
                %s    }


                def step(w, g, state, hp):
                    \"\"\"One update: return the new w, and change the arrays in `state` in place (or store new ones in it).\"\"\"
                    # TODO hp["lr"]%s
                    return w
                """.formatted(Sheet.of(spec.name()).title(), init,
                spec.params().isEmpty() ? "" : ", " + hyperList(spec, "hp[\"%s\"]"));
    }

    private static String hyperList(OptimizerSpec spec, String format) {
        return String.join(", ", spec.params().keySet().stream().sorted().map(format::formatted).toList());
    }

    static String sheet(OptimizerSpec spec, String language, Path dir) {
        Sheet sheet = Sheet.of(spec.name());
        List<String> state = state(spec);
        var defaults = new StringBuilder("| hyperparameter | default |\n|---|---|\n| lr | " + spec.learningRate() + " |\n");
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(spec.params()).entrySet()) {
            defaults.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
        }
        String file = language.equals("java") ? "Solution.java" : "solution.py";
        String stateText = state.isEmpty() ? "none (optlab checks the weights only)"
                : "keep " + String.join(", ", state.stream().map(s -> "`" + s + "`").toList())
                        + " in `state` under exactly these names; optlab compares them after every step";
        return """
                # Exercise: %s (`%s`)

                Write the update rule in `%s`, in float32, as %s.

                ## The rule

                ```
                %s
                ```

                Initial state: %s. State to keep: %s.

                %s

                Every operation is elementwise; t counts the updates of this tensor from 1; η is `lr`.
                Counters such as t belong in the state too (`state.setNumber` in Java, an entry of the dict in
                Python); they are not compared, only the arrays named above are.%s

                ## Defaults

                %s
                ## Checking

                ```
                ./optlab lab check %s
                ```

                runs, stopping at the first stage that fails: (1) fixed gradient sequences compared after every
                step (TensorFlow's reference vectors, zero, very small and very large gradients, one element,
                500 steps); (2) your state after every step; (3) %s.
                On a failure it prints the first step and element that differ, expected against got, and names
                the known mistake that reproduces your numbers. Exit code 0: right; 1: wrong; 2: it could not
                run (does not compile, threw, timed out). `--format json|gradescope|junit` writes what an
                autograder reads.
                """.formatted(sheet.title(), spec.name(), file, source(spec), sheet.equations(), sheet.state(), stateText, sheet.differs(),
                UpdateRules.of(spec).looksAhead() ? LOOK_AHEAD : "", defaults, dir, OptimizerCatalog.runsOnTensorFlow(spec.name()) ? "MNIST in lockstep with its TensorFlow twin"
                        : "no MNIST stage: this rule has no TensorFlow twin, so (1) and (2) decide");
    }

    private static String source(OptimizerSpec spec) {
        return switch (OptimizerCatalog.family(spec.name())) {
            case TENSORFLOW -> "TensorFlow computes it";
            case KERAS -> "Keras 3 computes it";
            case COURSE -> "the course writes it";
            case PAPER -> "the paper writes it";
        };
    }
}
