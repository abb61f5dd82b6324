package optlab.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A class's submissions for Adam: one right, three wrong, one that does not compile, one that loops
 * forever, one that calls System.exit; and for the relu layer.
 */
final class Submissions {

    private Submissions() {
    }

    static Path write(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("submissions"));
        String reference = Files.readString(LabFixtures.SOLUTIONS.resolve("java/adam/Solution.java"));
        java("alice-right", dir, reference);
        java("bob-eps-inside", dir, reference.replace("((float) Math.sqrt(v[i]) + hp.get(\"epsilon\"))", "(float) Math.sqrt(v[i] + hp.get(\"epsilon\"))"));
        java("carol-no-bias-correction", dir, reference.replace("float alpha = hp.lr() * (float) Math.sqrt(1f - p2) / (1f - p1);", "float alpha = hp.lr();"));
        Files.copy(LabFixtures.solution(root, "python", "adam", "t-off-by-one").resolve("solution.py"),
                Files.createDirectories(dir.resolve("dave-python-t-off-by-one")).resolve("solution.py"));
        java("erin-does-not-compile", dir, reference.replace("float beta1 = hp.get(\"beta1\");", "float beta1 = hp.get(\"beta1\")"));
        java("frank-loops-forever", dir, reference.replace("float beta1 = hp.get(\"beta1\");", "float beta1 = hp.get(\"beta1\"); while (beta1 > 0) { beta1 = Math.max(beta1, 0.5f); }"));
        java("grace-calls-exit", dir, reference.replace("float beta1 = hp.get(\"beta1\");", "float beta1 = hp.get(\"beta1\"); System.out.println(\"<b>bye</b>\"); System.exit(0);"));
        return dir;
    }

    /** A class's submissions for the relu layer: right in Java and in Python, two known mistakes, one that does not compile. */
    static Path writeRelu(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("relu-submissions"));
        String reference = Files.readString(LabFixtures.SOLUTIONS.resolve("java/relu/Solution.java"));
        java("alice-right", dir, reference);
        java("bob-unmasked", dir, reference.replace("dx[i] = x[i] > 0 ? gradY[i] : 0f;", "dx[i] = gradY[i];"));
        Files.copy(LabFixtures.solution(root, "python", "relu", "mask-at-zero").resolve("solution.py"),
                Files.createDirectories(dir.resolve("carol-python-mask-at-zero")).resolve("solution.py"));
        Files.copy(LabFixtures.solution(root, "python", "relu", null).resolve("solution.py"),
                Files.createDirectories(dir.resolve("dave-python-right")).resolve("solution.py"));
        java("erin-does-not-compile", dir, reference.replace("return y;", "return y"));
        return dir;
    }

    private static void java(String student, Path dir, String source) throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve(student)).resolve("Solution.java"), source);
    }
}
