package optlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import optlab.data.Dataset;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.lab.CheckPage;
import optlab.lab.Checker;
import optlab.lab.ExerciseFile;
import optlab.lab.ExerciseWriter;
import optlab.lab.ExitGuard;
import optlab.lab.Grader;
import optlab.lab.JavaSubmission;
import optlab.lab.LabResult;
import optlab.lab.LayerChecker;
import optlab.lab.LayerExercises;
import optlab.lab.MnistStage;
import optlab.lab.PythonSubmission;
import optlab.lab.ResultFormat;
import optlab.lab.Session;
import optlab.lab.SubmissionException;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.spec.Preprocessing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code optlab lab}: exercises in which a student writes an update rule or a layer and optlab checks it against TensorFlow. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = {"Lab exercises: write an update rule or a layer, check it against TensorFlow, grade a class.", "",
                "Update rules, Java: a class implementing optlab.lab.StudentRule (init + step over float arrays and a State of named arrays). "
                        + "Python: solution.py with init(size, hp) -> state dict and step(w, g, state, hp) -> w, run through "
                        + "optlab's line protocol (one JSON object per line, README 'Lab').",
                "Layers (relu, sigmoid, tanh, softmax-cross-entropy, dense), Java: a class implementing optlab.lab.StudentActivation, "
                        + "StudentLoss or StudentDense (forward + backward). Python: solution.py with forward(...) and backward(...), "
                        + "over the same protocol (README 'Layer exercises')."},
        subcommands = {LabCommand.New.class, LabCommand.Check.class, LabCommand.Grade.class})
final class LabCommand {

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Write an exercise folder: the skeleton to fill in, the sheet (README.md) and exercise.properties.")
    static final class New implements Callable<Integer> {

        @Parameters(paramLabel = "EXERCISE", description = "A rule of the catalog (sgd, momentum, nesterov, adagrad, rmsprop, adam, ...) "
                + "or a layer (relu, sigmoid, tanh, softmax-cross-entropy, dense).")
        String exercise;

        @Option(names = "--dir", paramLabel = "D", required = true, description = "The folder to write.")
        Path dir;

        @Option(names = "--language", paramLabel = "L", defaultValue = "java", description = "java or python (default: ${DEFAULT-VALUE}).")
        String language;

        @Override
        public Integer call() throws IOException {
            for (Path p : ExerciseWriter.write(exercise, language, dir)) {
                System.out.println("wrote " + p);
            }
            System.out.println("fill in " + dir.resolve(language.equals("java") ? "Solution.java" : "solution.py")
                    + " from " + dir.resolve("README.md") + ", then: ./optlab lab check " + dir);
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Check a submission, stopping at the first failing stage. An update rule: (1) fixed-gradient vectors and edge cases, "
                    + "(2) the state after every step, (3) MNIST in lockstep with TensorFlow. A layer: (1) forward and (2) backward against "
                    + "the reference, (3) a float64 finite-difference check of backward against your own forward, (4) TensorFlow's op and "
                    + "gradient. On a failure it names the known mistake that reproduces the numbers.", "",
                    "Exit codes: 0 passed, 1 wrong, 2 the submission could not be run (compile error, exception, timeout)."})
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "D", description = "The exercise folder (Solution.java or solution.py, exercise.properties).")
        Path dir;

        @Option(names = "--against", paramLabel = "EXERCISE", description = "The rule or layer to check against (default: exercise.properties' exercise).")
        String against;

        @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text, json, gradescope or junit (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--output", paramLabel = "FILE", description = "Write the result here (default: standard output).")
        Path output;

        @Option(names = "--steps", paramLabel = "N", defaultValue = "50", description = "Update rules: MNIST lockstep updates of stage 3; 0 leaves the stage out (default: ${DEFAULT-VALUE}).")
        int steps;

        @Option(names = "--html", paramLabel = "FILE", description = "Also write the check's page: stages, per-step difference on a log scale, diagnosis, formula (default: no page).")
        Path html;

        @Option(names = "--timeout", paramLabel = "S", defaultValue = "120", description = "Seconds the submission may run in all (default: ${DEFAULT-VALUE}).")
        int timeout;

        @Mixin
        DataOptions data;

        @Override
        public Integer call() throws IOException, InterruptedException {
            ResultFormat resultFormat = ResultFormat.parse(format);
            ExerciseFile exercise = ExerciseFile.read(dir, against);
            String language = exercise.language();
            LayerExercises.requireExercise(exercise.exercise());
            Supplier<LabResult> check;
            BiFunction<String, Double, LabResult> notRun;
            if (LayerExercises.has(exercise.exercise())) {
                var checker = new LayerChecker(LayerExercises.of(exercise.exercise()), exercise.points());
                check = () -> checker.check(dir, language);
                notRun = (reason, seconds) -> checker.notRun(language, reason, seconds);
            } else {
                OptimizerSpec spec = OptimizerCatalog.parse(exercise.exercise());
                Supplier<Dataset> train = () -> {
                    RawMnist raw = data.load(line -> System.err.println(line));
                    return Preprocessor.prepare(raw.train(), raw.test(), Preprocessing.SCALE, 0, 42).train();
                };
                var checker = new Checker(spec, exercise.points(), steps > 0 ? new MnistStage(train, steps) : null);
                check = () -> checker.check(submission(language), language);
                notRun = (reason, seconds) -> checker.notRun(language, reason, seconds);
            }
            LabResult result;
            try (var guard = ExitGuard.install(notRun, r -> writeOnExit(r, resultFormat))) {
                result = runWithin(check, notRun);
            }
            write(result, resultFormat);
            return result.exitCode();
        }

        private void write(LabResult result, ResultFormat resultFormat) throws IOException {
            if (html != null) {
                Files.writeString(html, CheckPage.html(result));
            }
            if (output != null) {
                Files.writeString(output, resultFormat.write(result));
            } else {
                System.out.print(resultFormat.write(result));
                System.out.flush();
            }
        }

        private void writeOnExit(LabResult result, ResultFormat resultFormat) {
            try {
                write(result, resultFormat);
            } catch (IOException e) {
                System.err.println("cannot write the result: " + e.getMessage());
            }
        }

        /**
         * Runs the check on a daemon thread, so that a submission that never returns costs the time
         * limit and no more; {@code notRun} makes the result of one that could not run, from the reason and the seconds.
         */
        private LabResult runWithin(Supplier<LabResult> check, BiFunction<String, Double, LabResult> notRun) throws InterruptedException {
            var result = new AtomicReference<LabResult>();
            var failure = new AtomicReference<Throwable>();
            Thread worker = new Thread(() -> {
                try {
                    result.set(check.get());
                } catch (SubmissionException e) {
                    result.set(notRun.apply(e.getMessage(), 0.0));
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "lab-check");
            worker.setDaemon(true);
            worker.start();
            worker.join(timeout * 1000L);
            if (worker.isAlive()) {
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
                return notRun.apply("timed out after " + timeout + " s (an endless loop?)", (double) timeout);
            }
            if (failure.get() instanceof OutOfMemoryError || failure.get() instanceof StackOverflowError) {
                return notRun.apply("ran out of memory or stack: " + failure.get(), 0.0);
            }
            if (failure.get() != null) {
                throw new IllegalStateException("the check failed: " + failure.get(), failure.get());
            }
            return result.get();
        }

        private Supplier<Session> submission(String language) {
            return switch (language) {
                case "java" -> JavaSubmission.load(dir);
                case "python" -> PythonSubmission.load(dir);
                default -> throw new SubmissionException("unknown language '" + language + "' (java or python)");
            };
        }
    }

    @Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Check every submission folder of SUBMISSIONS and write grades.csv and grades.html.", "",
                    "Each submission runs in its own JVM, in a scratch copy of its folder, with a time limit and a heap "
                            + "limit; one that does not compile, throws, loops, prints garbage or calls System.exit gets its row "
                            + "and grading goes on. This is not a sandbox: the code runs as you, and can read and write what you can "
                            + "(README, 'Isolation')."})
    static final class Grade implements Callable<Integer> {

        @Parameters(paramLabel = "SUBMISSIONS", description = "A folder with one folder per student.")
        Path submissions;

        @Option(names = "--exercise", paramLabel = "EXERCISE", required = true, description = "The rule or layer every submission is checked against.")
        String exercise;

        @Option(names = "--out", paramLabel = "DIR", description = "Where grades.csv, grades.html and logs/ go (default: SUBMISSIONS/../grades).")
        Path out;

        @Option(names = "--timeout", paramLabel = "S", defaultValue = "60", description = "Seconds per submission (default: ${DEFAULT-VALUE}).")
        int timeout;

        @Option(names = "--memory", paramLabel = "SIZE", defaultValue = "1g", description = "Java heap per submission (default: ${DEFAULT-VALUE}).")
        String memory;

        @Option(names = "--steps", paramLabel = "N", defaultValue = "50", description = "Update rules: MNIST lockstep updates of stage 3; 0 leaves it out (default: ${DEFAULT-VALUE}).")
        int steps;

        @Override
        public Integer call() throws IOException {
            LayerExercises.requireExercise(exercise);
            Path folder = out != null ? out : submissions.toAbsolutePath().getParent().resolve("grades");
            long start = System.nanoTime();
            var extra = new ArrayList<>(List.of("--steps", String.valueOf(steps)));
            var grades = new Grader(exercise, timeout, memory, extra).grade(submissions, folder, System.out::println);
            System.out.printf("%d submissions graded in %.1f s: %s, %s%n", grades.size(), (System.nanoTime() - start) / 1e9,
                    folder.resolve("grades.csv"), folder.resolve("grades.html"));
            return 0;
        }
    }
}
