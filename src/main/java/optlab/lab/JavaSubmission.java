package optlab.lab;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * A Java submission: every .java file of the folder compiled with javax.tools against optlab, and
 * the one class implementing the exercise's student API ({@link StudentRule}, or a layer's).
 */
public final class JavaSubmission {

    private JavaSubmission() {
    }

    /** Compiles and loads an update-rule submission; a compile error or a missing class is a {@link SubmissionException} with the compiler's message. */
    public static Supplier<Session> load(Path folder) {
        Supplier<StudentRule> rule = instances(folder, StudentRule.class);
        return () -> new RuleSession(rule.get());
    }

    /** Compiles and loads a layer submission, the class implementing {@code entry}'s student API. */
    static Supplier<LayerSession> loadLayer(Path folder, LayerExercises.Entry entry) {
        Supplier<?> layer = instances(folder, entry.kind().api);
        return () -> new JavaLayerSession(entry.kind(), layer.get());
    }

    private static <T> Supplier<T> instances(Path folder, Class<T> api) {
        List<Path> sources;
        try (Stream<Path> files = Files.list(folder)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new SubmissionException("cannot read " + folder + ": " + e.getMessage());
        }
        if (sources.isEmpty()) {
            throw new SubmissionException("no .java file in " + folder);
        }
        var compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new SubmissionException("this Java has no compiler (javax.tools); run optlab on a JDK");
        }
        try {
            Path classes = Files.createTempDirectory("optlab-lab-classes");
            var messages = new StringWriter();
            var fileManager = compiler.getStandardFileManager(null, null, null);
            var units = fileManager.getJavaFileObjectsFromPaths(sources);
            List<String> options = List.of("-encoding", "UTF-8", "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-nowarn", "-Xlint:none");
            if (!compiler.getTask(messages, fileManager, null, options, null, units).call()) {
                // The student's own file names, not the folder the check copied them into.
                throw new SubmissionException("does not compile:\n" + messages.toString().strip().replace(folder.toAbsolutePath() + "/", ""));
            }
            var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaSubmission.class.getClassLoader());
            Class<?> found = find(loader, classes, api);
            var constructor = found.getDeclaredConstructor();
            return () -> {
                try {
                    return api.cast(constructor.newInstance());
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new SubmissionException("cannot create " + found.getName() + ": " + (e.getCause() != null ? e.getCause() : e));
                }
            };
        } catch (IOException | NoSuchMethodException e) {
            throw new SubmissionException("cannot load the submission: " + e.getMessage());
        }
    }

    private static Class<?> find(ClassLoader loader, Path classes, Class<?> api) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.filter(f -> f.toString().endsWith(".class")).map(f -> classes.relativize(f).toString())
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
        }
        for (String name : names) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (api.isAssignableFrom(c) && !c.isInterface()) {
                    return c;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new SubmissionException("cannot load class " + name + ": " + e);
            }
        }
        throw new SubmissionException("no class implements " + api.getName());
    }
}
