package optlab.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the stages of a layer check in order, stopping at the first that fails: forward and
 * backward against optlab's reference on the fixed cases, backward against central differences of
 * the submission's own forward, and forward and gradients against TensorFlow's op. On a wrong
 * result it names the known mistake that reproduces the submission's numbers on every case.
 */
public final class LayerChecker {

    /**
     * float32 sums in another order (NumPy's pairwise sums, TensorFlow's kernels) differ in the last
     * bits; plain Python computes in double. Every known mistake changes far more.
     */
    static final double TOLERANCE = Compare.DOUBLE;

    private final LayerExercises.Entry entry;
    private final Map<Stage, Double> points;

    public LayerChecker(LayerExercises.Entry entry, Map<Stage, Double> points) {
        this.entry = entry;
        this.points = points;
    }

    /** Checks {@code folder}'s Solution.java ({@code language} java) or solution.py (python); one that does not load is not run. */
    public LabResult check(Path folder, String language) {
        Supplier<LayerSession> submission;
        try {
            submission = switch (language) {
                case "java" -> JavaSubmission.loadLayer(folder, entry);
                case "python" -> PythonLayerSession.load(folder, entry, Map.of());
                default -> throw new SubmissionException("unknown language '" + language + "' (java or python)");
            };
        } catch (SubmissionException e) {
            return notRun(language, e.getMessage(), 0);
        }
        return check(submission, language);
    }

    LabResult check(Supplier<LayerSession> submission, String language) {
        long start = System.nanoTime();
        var stages = new ArrayList<StageResult>();
        Difference difference = null;
        Mistake diagnosis = null;
        String error = null;
        try (LayerSession student = submission.get()) {
            List<LayerCase> cases = LayerCases.of(entry.kind());
            List<LayerOutputs> got = run(student, cases);
            List<LayerOutputs> expected;
            try (LayerSession reference = LayerReferences.session(entry.id(), null)) {
                expected = run(reference, cases);
            }
            String count = cases.size() + " cases";
            difference = forwardDifference(cases, expected, got);
            if (record(stages, Stage.FORWARD, difference, count + ", every " + entry.kind().output + " agrees")) {
                difference = gradientDifference(cases, expected, got);
                if (record(stages, Stage.BACKWARD, difference, count + ", " + String.join(", ", entry.kind().gradients) + " agree")) {
                    difference = gradientCheck(student);
                    if (record(stages, Stage.GRADCHECK, difference, "your backward is the derivative of your forward")) {
                        difference = againstTensorFlow(cases, got);
                        record(stages, Stage.TENSORFLOW, difference, count + ", forward and gradients agree with TensorFlow's");
                    }
                }
            }
            if (difference != null) {
                diagnosis = diagnose(cases, got);
            }
        } catch (SubmissionException e) {
            error = e.getMessage();
        }
        addNotRun(stages, error != null ? "not run: the submission could not be run" : "not run: an earlier stage failed");
        return new LabResult(entry.id(), language, stages, difference, diagnosis, error, (System.nanoTime() - start) / 1e9, new double[0]);
    }

    /** The result of a submission that could not even start: every stage not run, out of the full points. */
    public LabResult notRun(String language, String reason, double seconds) {
        var stages = new ArrayList<StageResult>();
        addNotRun(stages, "not run: the submission could not be run");
        return new LabResult(entry.id(), language, stages, null, null, reason, seconds, new double[0]);
    }

    private static List<LayerOutputs> run(LayerSession session, List<LayerCase> cases) {
        var outputs = new ArrayList<LayerOutputs>();
        for (LayerCase c : cases) {
            outputs.add(session.run(c));
        }
        return outputs;
    }

    private Difference forwardDifference(List<LayerCase> cases, List<LayerOutputs> expected, List<LayerOutputs> got) {
        for (int i = 0; i < cases.size(); i++) {
            Difference d = Compare.layer(cases.get(i).name(), entry.kind().output, expected.get(i).y(), got.get(i).y(), TOLERANCE);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private Difference gradientDifference(List<LayerCase> cases, List<LayerOutputs> expected, List<LayerOutputs> got) {
        for (int i = 0; i < cases.size(); i++) {
            for (int k = 0; k < entry.kind().gradients.size(); k++) {
                Difference d = Compare.layer(cases.get(i).name(), entry.kind().gradients.get(k), expected.get(i).gradients().get(k),
                        got.get(i).gradients().get(k), TOLERANCE);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private Difference gradientCheck(LayerSession student) {
        for (LayerCase c : LayerCases.smooth(entry.kind())) {
            Difference d = FiniteDifferences.check(student, entry.kind(), c);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private Difference againstTensorFlow(List<LayerCase> cases, List<LayerOutputs> got) {
        List<LayerOutputs> tensorflow = run(new TensorFlowLayer(entry.id()), cases);
        Difference d = forwardDifference(cases, tensorflow, got);
        return d != null ? d : gradientDifference(cases, tensorflow, got);
    }

    /** The first known mistake whose forward and gradients match the submission's on every case. */
    private Mistake diagnose(List<LayerCase> cases, List<LayerOutputs> got) {
        for (Mistake mistake : entry.mistakes()) {
            List<LayerOutputs> wrong = run(LayerReferences.session(entry.id(), mistake.id()), cases);
            if (forwardDifference(cases, wrong, got) == null && gradientDifference(cases, wrong, got) == null) {
                return mistake;
            }
        }
        return null;
    }

    /** Adds the stage, passed when {@code difference} is null; returns whether it passed. */
    private boolean record(List<StageResult> stages, Stage stage, Difference difference, String passedOutput) {
        if (difference == null) {
            stages.add(new StageResult(stage, StageResult.Status.PASSED, points.get(stage), points.get(stage), passedOutput));
            return true;
        }
        stages.add(new StageResult(stage, StageResult.Status.FAILED, 0, points.get(stage), difference.describe()));
        return false;
    }

    private void addNotRun(List<StageResult> stages, String why) {
        for (Stage s : Stage.of(true)) {
            if (stages.stream().noneMatch(r -> r.stage() == s)) {
                stages.add(new StageResult(s, StageResult.Status.NOT_RUN, 0, points.get(s), why));
            }
        }
    }
}
