package optlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import optlab.data.Dataset;
import optlab.data.Preprocessor;
import optlab.data.RawMnist;
import optlab.report.ReportInput;
import optlab.report.ReportWriter;
import optlab.results.ResultsStore;
import optlab.results.RunResult;
import optlab.results.ValidationVerdict;
import optlab.scratch.optim.GradientDescentRule;
import optlab.scratch.optim.Float64UpdateRule;
import optlab.spec.ExperimentSpec;
import optlab.spec.OptimizerSpec;
import optlab.testing.SyntheticRuns;
import optlab.validate.LockstepValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verdicts are computed once per set of inputs, stored, and shown from the store, whatever it says. */
class ValidationRunnerTest {

    @TempDir
    Path temp;

    private static final ExperimentSpec EXPERIMENT = SyntheticRuns.experiment("sgd,momentum,adam-textbook");

    /** 40 rows of the synthetic experiment's 4 features, 3 classes. */
    private static RawMnist data() {
        var random = new SplittableRandom(3);
        float[] x = new float[40 * 4];
        int[] labels = new int[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(256);
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = random.nextInt(3);
        }
        var set = new Dataset("synthetic", 40, 4, 3, x, labels);
        return new RawMnist(set, set);
    }

    /** Stand-ins for the experiment's finished runs: what the runner reads is which models and optimizers ran. */
    private static List<RunResult> runs(ExperimentSpec experiment) {
        return experiment.runs().stream().map(r -> SyntheticRuns.completed(r, new double[] {1}, new double[] {0.5})).toList();
    }

    /** What the runner reported: "validated sgd(lr=0.01)" or "reused ...". */
    private static final class Recorder implements ValidationRunner.Events {
        final List<String> events = new ArrayList<>();

        @Override
        public void validated(ValidationVerdict verdict, double seconds, int index, int total) {
            events.add("validated " + verdict.inputs().optimizer().label());
        }

        @Override
        public void reused(ValidationVerdict verdict, int index, int total) {
            events.add("reused " + verdict.inputs().optimizer().label());
        }
    }

    @Test
    void everyTwinIsValidatedOnceAndItsStoredVerdictReused() {
        var store = new ResultsStore(temp);
        var first = new Recorder();

        List<ValidationVerdict> verdicts = new ValidationRunner(ValidationRunnerTest::data, store, first).run(EXPERIMENT, runs(EXPERIMENT));

        assertEquals(List.of("validated sgd(lr=0.01)", "validated momentum(lr=0.01, momentum=0.9)"), first.events,
                "the textbook form has no twin to validate against");
        assertTrue(verdicts.stream().allMatch(ValidationVerdict::passed), verdicts.toString());
        assertTrue(Files.isRegularFile(temp.resolve("validation").resolve(verdicts.get(0).inputs().id() + ".json")));
        assertEquals(verdicts.get(1), store.findValidation(verdicts.get(1).inputs()).orElseThrow());

        var second = new Recorder();
        List<ValidationVerdict> again = new ValidationRunner(() -> {
            throw new AssertionError("data loaded although every verdict is stored");
        }, store, second).run(EXPERIMENT, runs(EXPERIMENT));

        assertEquals(List.of("reused sgd(lr=0.01)", "reused momentum(lr=0.01, momentum=0.9)"), second.events);
        assertEquals(verdicts, again);
    }

    @Test
    void aVerdictStoredForOtherInputsIsComputedAgain() {
        var store = new ResultsStore(temp);
        new ValidationRunner(ValidationRunnerTest::data, store, new Recorder()).run(EXPERIMENT, runs(EXPERIMENT));
        ExperimentSpec otherBatch = new ExperimentSpec(EXPERIMENT.name(), EXPERIMENT.dataset(), EXPERIMENT.model(), EXPERIMENT.optimizers(),
                EXPERIMENT.implementations(), EXPERIMENT.seed(), EXPERIMENT.epochs(), 4, EXPERIMENT.logEvery(),
                EXPERIMENT.preprocessing(), EXPERIMENT.validationFraction(), EXPERIMENT.threads());
        var recorder = new Recorder();

        List<ValidationVerdict> verdicts = new ValidationRunner(ValidationRunnerTest::data, store, recorder).run(otherBatch, runs(otherBatch));

        assertEquals(List.of("validated sgd(lr=0.01)", "validated momentum(lr=0.01, momentum=0.9)"), recorder.events);
        assertEquals(4, store.findValidation(verdicts.get(0).inputs()).orElseThrow().inputs().batchSize());
    }

    @Test
    void aWrongRuleStoredAsTheVerdictShowsAsFail() throws IOException {
        var store = new ResultsStore(temp);
        OptimizerSpec momentum = EXPERIMENT.optimizers().get(1);
        // Plain gradient descent standing in for momentum: the same first update, then apart.
        RawMnist raw = data();
        Dataset train = Preprocessor.prepare(raw.train(), raw.test(), EXPERIMENT.preprocessing(), 0, EXPERIMENT.seed()).train();
        var lockstep = new LockstepValidation(EXPERIMENT.model(), train, EXPERIMENT.batchSize(), EXPERIMENT.seed(),
                ValidationRunner.STEPS, ValidationRunner.TOLERANCE, ValidationRunner.PRECISION);
        ValidationVerdict wrong = ValidationRunner.verdict(ValidationRunner.inputs(EXPERIMENT, EXPERIMENT.model(), momentum),
                lockstep.run(momentum, (Float64UpdateRule<?>) new GradientDescentRule()));
        assertFalse(wrong.passed(), "max param diff " + wrong.maxParameterDifference());
        store.save(wrong);
        var recorder = new Recorder();

        List<ValidationVerdict> verdicts = new ValidationRunner(ValidationRunnerTest::data, store, recorder).run(EXPERIMENT, runs(EXPERIMENT));

        assertEquals(List.of("validated sgd(lr=0.01)", "reused momentum(lr=0.01, momentum=0.9)"), recorder.events);
        String html = Files.readString(ReportWriter.write(temp, new ReportInput(EXPERIMENT, runs(EXPERIMENT), List.of(), verdicts, SyntheticRuns.provenance())));
        String row = html.substring(html.indexOf("href=\"#formula-momentum-lr-0.01-momentum-0.9\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("<td class=\"text verdict-fail\">FAIL</td>"), row);
        assertTrue(row.contains("<td>" + wrong.firstFailingStep() + "</td>"), row);
    }
}
