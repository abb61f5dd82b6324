package optlab.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code lab new} for a layer exercise: the skeleton (compiles, fails the check), the sheet (README.md) and exercise.properties. */
final class LayerExerciseWriter {

    private LayerExerciseWriter() {
    }

    static List<Path> write(LayerExercises.Entry entry, String language, Path dir) throws IOException {
        Files.createDirectories(dir);
        boolean java = language.equals("java");
        Path skeleton = dir.resolve(java ? "Solution.java" : "solution.py");
        if (Files.exists(skeleton)) {
            throw new optlab.spec.SpecException(skeleton + " exists already; optlab does not overwrite a student's work");
        }
        Files.writeString(skeleton, java ? javaSkeleton(entry) : pythonSkeleton(entry));
        Files.writeString(dir.resolve("README.md"), sheet(entry, language, dir));
        ExerciseFile.defaults(entry.id(), language).write(dir);
        return List.of(skeleton, dir.resolve("README.md"), dir.resolve(ExerciseFile.NAME));
    }

    static String javaSkeleton(LayerExercises.Entry entry) {
        String head = "/** " + entry.title() + ": fill in forward and backward from README.md; check with ./optlab lab check . */\n";
        return switch (entry.kind()) {
            case ACTIVATION -> """
                    import optlab.lab.StudentActivation;

                    %spublic class Solution implements StudentActivation {

                        @Override
                        public float[] forward(float[] x) {
                            float[] y = new float[x.length];
                            // TODO the forward formula of README.md, element by element
                            return y;
                        }

                        @Override
                        public float[] backward(float[] x, float[] y, float[] gradY) {
                            float[] dx = new float[x.length];
                            // TODO the backward formula; y is what forward returned for this x
                            return dx;
                        }
                    }
                    """.formatted(head);
            case LOSS -> """
                    import optlab.lab.StudentLoss;

                    %spublic class Solution implements StudentLoss {

                        @Override
                        public float forward(float[] logits, float[] labels, int batch, int classes) {
                            // TODO the mean loss over the batch; row i of logits is logits[i * classes .. i * classes + classes - 1]
                            return 0f;
                        }

                        @Override
                        public float[] backward(float[] logits, float[] labels, int batch, int classes) {
                            float[] dLogits = new float[batch * classes];
                            // TODO the gradient of the mean loss, batch x classes, row-major
                            return dLogits;
                        }
                    }
                    """.formatted(head);
            case DENSE -> """
                    import optlab.lab.DenseGradients;
                    import optlab.lab.StudentDense;

                    %spublic class Solution implements StudentDense {

                        @Override
                        public float[] forward(float[] x, float[] w, float[] b, int batch, int in, int out) {
                            float[] y = new float[batch * out];
                            // TODO y = x W + b; x[n * in + i], w[i * out + k], y[n * out + k]
                            return y;
                        }

                        @Override
                        public DenseGradients backward(float[] x, float[] w, float[] b, float[] gradY, int batch, int in, int out) {
                            float[] dx = new float[batch * in];
                            float[] dw = new float[in * out];
                            float[] db = new float[out];
                            // TODO the three gradients of README.md
                            return new DenseGradients(dx, dw, db);
                        }
                    }
                    """.formatted(head);
        };
    }

    static String pythonSkeleton(LayerExercises.Entry entry) {
        String head = "\"\"\"" + entry.title() + ": fill in forward and backward from README.md; check with ./optlab lab check .\n\n";
        return switch (entry.kind()) {
            case ACTIVATION -> head + """
                    x, y and grad_y are 1-D NumPy float32 arrays when NumPy is installed, plain lists of floats otherwise.
                    \"\"\"


                    def forward(x):
                        \"\"\"y, elementwise, as long as x.\"\"\"
                        return [0.0 for _ in x]  # TODO


                    def backward(x, y, grad_y):
                        \"\"\"dx from grad_y; y is what forward returned for this x.\"\"\"
                        return [0.0 for _ in x]  # TODO
                    """;
            case LOSS -> head + """
                    logits and labels are batch x classes: 2-D NumPy float32 arrays when NumPy is installed, lists of rows
                    (lists of floats) otherwise; each row of labels is one-hot.
                    \"\"\"


                    def forward(logits, labels):
                        \"\"\"The mean loss over the batch: one number.\"\"\"
                        return 0.0  # TODO


                    def backward(logits, labels):
                        \"\"\"dlogits, batch x classes.\"\"\"
                        return [[0.0 for _ in row] for row in logits]  # TODO
                    """;
            case DENSE -> head + """
                    x (batch x in), W (in x out), b (out) and grad_y (batch x out) are NumPy float32 arrays when NumPy is
                    installed, (nested) lists of floats otherwise.
                    \"\"\"


                    def forward(x, W, b):
                        \"\"\"y = x W + b, batch x out.\"\"\"
                        return [[0.0 for _ in b] for _ in x]  # TODO


                    def backward(x, W, b, grad_y):
                        \"\"\"The tuple (dx, dW, db), shaped like x, W and b.\"\"\"
                        return [[0.0 for _ in row] for row in x], [[0.0 for _ in row] for row in W], [0.0 for _ in b]  # TODO
                    """;
        };
    }

    static String sheet(LayerExercises.Entry entry, String language, Path dir) {
        boolean java = language.equals("java");
        String api = java ? javaApi(entry.kind()) : pythonApi(entry.kind());
        return """
                # Exercise: %s (`%s`)

                Write the layer's forward and backward in `%s`, as the formulas below say.

                ## Forward

                ```
                %s
                ```

                ## Backward

                ```
                %s
                ```

                Shapes: %s.

                ## Your code

                %s

                ## Checking

                ```
                ./optlab lab check %s
                ```

                runs, stopping at the first stage that fails: (1) **forward** against optlab's reference on fixed
                cases and edge cases (zeros, large magnitudes, one element, batch 1); (2) **backward** against the
                reference on the same cases; (3) **gradcheck**: your backward against float64 central differences
                of your own forward; (4) **tensorflow**: your forward and gradients against TensorFlow's own op and
                its gradient. On a failure it prints the case and the first element that differs, expected against
                got (matrices row-major), and names the known mistake that reproduces your numbers. Exit code 0:
                right; 1: wrong; 2: it could not run (does not compile, threw, timed out). `--format
                json|gradescope|junit` writes what an autograder reads.
                """.formatted(entry.title(), entry.id(), java ? "Solution.java" : "solution.py", String.join("\n", entry.forward()),
                String.join("\n", entry.backward()), entry.shapes(), api, dir);
    }

    private static String javaApi(LayerExercises.Kind kind) {
        String signature = switch (kind) {
            case ACTIVATION -> """
                    public interface StudentActivation {
                        float[] forward(float[] x);                                // y, as long as x
                        float[] backward(float[] x, float[] y, float[] gradY);     // dx; y is forward's output for x
                    }""";
            case LOSS -> """
                    public interface StudentLoss {
                        float forward(float[] logits, float[] labels, int batch, int classes);     // the mean loss
                        float[] backward(float[] logits, float[] labels, int batch, int classes);  // dlogits
                    }""";
            case DENSE -> """
                    public interface StudentDense {
                        float[] forward(float[] x, float[] w, float[] b, int batch, int in, int out);                         // y
                        DenseGradients backward(float[] x, float[] w, float[] b, float[] gradY, int batch, int in, int out);  // dx, dW, db
                    }
                    public record DenseGradients(float[] dx, float[] dw, float[] db) { }""";
        };
        return "A class implementing (package `optlab.lab`):\n\n```java\n" + signature + "\n```\n\n"
                + (kind == LayerExercises.Kind.ACTIVATION ? "" : "Matrices are flat float arrays, row-major: element (r, c) of an R x C matrix is `a[r * C + c]`. ")
                + "Compute in float32 (`float`); do not change the arguments.";
    }

    private static String pythonApi(LayerExercises.Kind kind) {
        String signature = switch (kind) {
            case ACTIVATION -> "def forward(x): ...           # y, as long as x\ndef backward(x, y, grad_y): ...  # dx; y is forward's output for x";
            case LOSS -> "def forward(logits, labels): ...   # the mean loss, one number\ndef backward(logits, labels): ...  # dlogits, batch x classes";
            case DENSE -> "def forward(x, W, b): ...            # y, batch x out\ndef backward(x, W, b, grad_y): ...  # the tuple (dx, dW, db)";
        };
        return "Two functions in `solution.py`:\n\n```python\n" + signature + "\n```\n\n"
                + "With NumPy installed the arguments are float32 arrays of the shapes above (matrices 2-D); without it plain lists "
                + "(a matrix a list of rows), computed in double. Return arrays or (nested) lists of the same shapes.";
    }
}
