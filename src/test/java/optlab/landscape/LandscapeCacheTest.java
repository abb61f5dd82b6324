package optlab.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import optlab.data.Dataset;
import optlab.results.ResultsException;
import optlab.results.ResultsStore;
import optlab.results.RunResult;
import optlab.spec.Activation;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.Init;
import optlab.spec.LandscapeSpec;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views are computed once per base and read back; a shared base shows how far each path runs from it. */
class LandscapeCacheTest {

    private static final ModelSpec MODEL = new ModelSpec(List.of(2, 3), Activation.RELU, 0.1, Init.ZEROS, Loss.CROSS_ENTROPY, 0)
            .withBias(false);
    private static final Dataset TRAIN = LandscapeFixture.data(90, 2, 3, 5);

    @TempDir
    Path store;

    @Test
    void aSecondReportReadsTheStoredViewsInsteadOfComputingThem() {
        ExperimentSpec experiment = experiment(LandscapeSpec.OWN);
        List<RunResult> runs = LandscapeFixture.train(experiment, TRAIN);
        var computed = new ArrayList<String>();
        var reused = new ArrayList<String>();
        LandscapeRunner.Events events = new LandscapeRunner.Events() {
            @Override
            public void computed(String what, double seconds, int index, int total) {
                computed.add(what);
            }

            @Override
            public void reused(String what, int index, int total) {
                reused.add(what);
            }
        };
        var runner = new LandscapeRunner(new ResultsStore(store), run -> TRAIN, events);

        LandscapeRunner.Landscapes first = runner.run(experiment, runs);
        LandscapeRunner.Landscapes again = runner.run(experiment, runs);
        LandscapeRunner.Landscapes stored = LandscapeRunner.stored(new ResultsStore(store), experiment, runs);

        assertEquals(4, computed.size(), "two slices and two lines");
        assertEquals(computed, reused);
        for (LandscapeRunner.Landscapes other : List.of(again, stored)) {
            for (int s = 0; s < 2; s++) {
                assertArrayEquals(first.slices().get(s).loss(), other.slices().get(s).loss());
                assertEquals(first.slices().get(s).paths(), other.slices().get(s).paths());
                assertArrayEquals(first.lines().get(s).loss(), other.lines().get(s).loss());
            }
        }
    }

    @Test
    void aReportFromTheStoreNamesAViewThatIsMissing() {
        ExperimentSpec experiment = experiment(LandscapeSpec.OWN);
        List<RunResult> runs = LandscapeFixture.train(experiment, TRAIN);

        var e = assertThrows(ResultsException.class, () -> LandscapeRunner.stored(new ResultsStore(store), experiment, runs));
        assertTrue(e.getMessage().contains("is not stored") && e.getMessage().contains("sgd(lr=0.5)"), e.getMessage());
    }

    @Test
    void aSharedBaseDrawsEveryPathOnOneSliceAndMeasuresHowFarEachRuns() {
        ExperimentSpec experiment = experiment("adam-paper(lr=0.1, beta1=0.9, beta2=0.999, epsilon=1e-08)");
        List<RunResult> runs = LandscapeFixture.train(experiment, TRAIN);

        List<Slice> slices = LandscapeFixture.slices(experiment, runs, TRAIN, store).slices();

        assertEquals(1, slices.size());
        Slice slice = slices.get(0);
        assertEquals(2, slice.paths().size());
        assertTrue(slice.base().contains("adam-paper"), slice.base());
        SlicePath sgd = slice.paths().get(0);
        SlicePath adam = slice.paths().get(1);
        assertEquals(0, adam.points().get(adam.points().size() - 1).distance(), "Adam ends on its own base");
        assertTrue(sgd.points().get(sgd.points().size() - 1).distance() > 0, "SGD's path is drawn on a surface it never moved on");
        assertTrue(sgd.maxDistance() > 0);
    }

    private static ExperimentSpec experiment(String base) {
        var landscape = new LandscapeSpec(LandscapeSpec.View.COORDINATES, LandscapeSpec.COURSE_AXES, 5, base, 0.1, Implementation.SCRATCH);
        return LandscapeFixture.experiment(MODEL, List.of(OptimizerCatalog.parse("sgd(lr=0.5)"),
                OptimizerCatalog.parse("adam-paper(lr=0.1)")), null, 10, landscape);
    }
}
