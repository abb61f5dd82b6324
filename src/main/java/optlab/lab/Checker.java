package optlab.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import optlab.scratch.optim.UpdateRules;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;

/**
 * Runs the stages of an update-rule check in order, stopping at the first that fails, and on a
 * wrong result names the known mistake that reproduces the submission's numbers.
 */
public final class Checker {

    private final OptimizerSpec spec;
    private final Map<Stage, Double> points;
    private final MnistStage mnist;

    /** {@code mnist} null leaves stage 3 out (it then counts no points). */
    public Checker(OptimizerSpec spec, Map<Stage, Double> points, MnistStage mnist) {
        this.spec = spec;
        this.points = points;
        this.mnist = mnist;
    }

    public LabResult check(Supplier<Session> submission, String language) {
        long start = System.nanoTime();
        var stages = new ArrayList<StageResult>();
        Difference difference = null;
        double[] curve = new double[0];
        Mistake diagnosis = null;
        String error = null;
        try (Session student = submission.get()) {
            List<Case> cases = Cases.of(spec);
            List<Trajectory> got = run(student, cases, true);
            double tolerance = student.tolerance();
            difference = firstWeightDifference(cases, got, tolerance);
            if (difference == null) {
                stages.add(passed(Stage.VECTORS, cases.size() + " cases, every step agrees"));
                difference = firstStateDifference(cases, got, tolerance);
                List<String> names = RuleExercises.of(spec.name()).state(spec);
                if (difference == null) {
                    stages.add(passed(Stage.STATE, names.isEmpty() ? "this rule keeps no state" : "state " + String.join(", ", names) + " agrees at every step"));
                } else {
                    stages.add(failed(Stage.STATE, difference.describe()));
                }
            } else {
                stages.add(failed(Stage.VECTORS, difference.describe()));
            }
            if (difference != null) {
                curve = curve(cases, got, difference);
                diagnosis = diagnose(cases, got, tolerance);
            } else if (mnist != null) {
                stages.add(mnistStage(submission));
            }
        } catch (SubmissionException e) {
            error = e.getMessage();
        }
        addNotRun(stages, error != null ? "not run: the submission could not be run" : "not run: an earlier stage failed");
        return new LabResult(spec.name(), language, stages, difference, diagnosis, error, (System.nanoTime() - start) / 1e9, curve);
    }

    /** The result of a submission that could not even start (does not compile, timed out): every stage not run, out of the full points. */
    public LabResult notRun(String language, String reason, double seconds) {
        var stages = new ArrayList<StageResult>();
        addNotRun(stages, "not run: the submission could not be run");
        return new LabResult(spec.name(), language, stages, null, null, reason, seconds, new double[0]);
    }

    private void addNotRun(List<StageResult> stages, String why) {
        for (Stage s : Stage.of(false)) {
            if (stages.stream().noneMatch(r -> r.stage() == s) && (s != Stage.MNIST || mnist != null)) {
                stages.add(new StageResult(s, StageResult.Status.NOT_RUN, 0, points.get(s), why));
            }
        }
    }

    private StageResult mnistStage(Supplier<Session> submission) {
        if (!OptimizerCatalog.runsOnTensorFlow(spec.name())) {
            return passed(Stage.MNIST, "this rule has no TensorFlow twin; stages 1 and 2 decide");
        }
        try (Session student = submission.get()) {
            String output = mnist.run(spec, student);
            return output.startsWith("first update") ? failed(Stage.MNIST, output) : passed(Stage.MNIST, output);
        }
    }

    private static List<Trajectory> run(Session session, List<Case> cases, boolean withState) {
        var trajectories = new ArrayList<Trajectory>();
        for (int i = 0; i < cases.size(); i++) {
            trajectories.add(Trajectory.run(session, i, cases.get(i), withState));
        }
        return trajectories;
    }

    private Difference firstWeightDifference(List<Case> cases, List<Trajectory> got, double tolerance) {
        try (Session oracle = new ScratchSession<>(UpdateRules.of(spec))) {
            List<Trajectory> expected = run(oracle, cases, false);
            for (int i = 0; i < cases.size(); i++) {
                Difference d = Compare.weights(expected.get(i), got.get(i), tolerance);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The largest difference at every step of the case where {@code first} was found, in w or in the state array it names. */
    private double[] curve(List<Case> cases, List<Trajectory> got, Difference first) {
        int i = 0;
        while (!cases.get(i).name().equals(first.caseName())) {
            i++;
        }
        boolean weights = first.array().equals("w");
        Trajectory expected = weights ? Trajectory.run(new ScratchSession<>(UpdateRules.of(spec)), i, cases.get(i), false)
                : Trajectory.run(new RuleSession(References.of(spec.name(), null)), i, cases.get(i), true);
        double[] curve = new double[expected.steps().size()];
        for (int s = 0; s < curve.length; s++) {
            float[] want = weights ? expected.steps().get(s).w() : expected.steps().get(s).state().get(first.array());
            float[] have = weights ? got.get(i).steps().get(s).w() : got.get(i).steps().get(s).state().get(first.array());
            for (int e = 0; want != null && have != null && e < Math.min(want.length, have.length); e++) {
                curve[s] = Math.max(curve[s], Math.abs((double) have[e] - want[e]));
            }
        }
        return curve;
    }

    private Difference firstStateDifference(List<Case> cases, List<Trajectory> got, double tolerance) {
        StudentRule reference = References.of(spec.name(), null);
        List<String> names = RuleExercises.of(spec.name()).state(spec);
        if (reference == null || names.isEmpty()) {
            return null;
        }
        List<Trajectory> expected = run(new RuleSession(reference), cases, true);
        for (int i = 0; i < cases.size(); i++) {
            Difference d = Compare.state(expected.get(i), got.get(i), names, tolerance);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first known mistake whose weights, and state where the submission keeps it under the sheet's names, match the submission's on every case. */
    private Mistake diagnose(List<Case> cases, List<Trajectory> got, double tolerance) {
        List<String> names = RuleExercises.of(spec.name()).state(spec).stream()
                .filter(n -> got.get(0).steps().get(0).state().containsKey(n)).toList();
        for (Mistake mistake : RuleExercises.of(spec.name()).mistakes()) {
            List<Trajectory> wrong = run(new RuleSession(References.of(spec.name(), mistake.id())), cases, true);
            boolean matches = true;
            for (int i = 0; i < cases.size() && matches; i++) {
                matches = Compare.weights(wrong.get(i), got.get(i), tolerance) == null && Compare.state(wrong.get(i), got.get(i), names, tolerance) == null;
            }
            if (matches) {
                return mistake;
            }
        }
        return null;
    }

    private StageResult passed(Stage stage, String output) {
        return new StageResult(stage, StageResult.Status.PASSED, points.get(stage), points.get(stage), output);
    }

    private StageResult failed(Stage stage, String output) {
        return new StageResult(stage, StageResult.Status.FAILED, 0, points.get(stage), output);
    }
}
