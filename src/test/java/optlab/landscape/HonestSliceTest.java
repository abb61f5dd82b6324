package optlab.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import optlab.data.Dataset;
import optlab.results.RunResult;
import optlab.spec.Activation;
import optlab.spec.Batching;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.Init;
import optlab.spec.LandscapeSpec;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.Sampling;
import optlab.train.IterationStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The landscape draws what is there: every path point sits on its slice's surface, the surface is
 * the loss through the run's own final weights, and a model with only the two drawn weights has
 * its whole loss on the surface.
 */
class HonestSliceTest {

    private static final double FLOAT32 = 2e-6;

    @TempDir
    Path store;

    @Test
    void everyPathPointSitsOnItsOwnSliceThroughTheRunsFinalWeights() {
        Dataset train = LandscapeFixture.data(120, 2, 4, 1);
        ModelSpec model = new ModelSpec(List.of(2, 4), Activation.RELU, 0.1, Init.ZEROS, Loss.CROSS_ENTROPY, 0).withBias(false);
        var landscape = new LandscapeSpec(LandscapeSpec.View.COORDINATES, List.of("dense0/kernel[0,0]", "dense0/kernel[1,0]"), 9,
                LandscapeSpec.OWN, 0.1, Implementation.SCRATCH);
        ExperimentSpec experiment = LandscapeFixture.experiment(model,
                List.of(OptimizerCatalog.parse("sgd(lr=0.5)"), OptimizerCatalog.parse("sgd(lr=0.5)"), OptimizerCatalog.parse("adam-paper(lr=0.1)")),
                Arrays.asList(null, new Batching(4, Sampling.WITH_REPLACEMENT), null), 15, landscape);
        List<RunResult> runs = LandscapeFixture.train(experiment, train);

        List<Slice> slices = LandscapeFixture.slices(experiment, runs, train, store).slices();

        assertEquals(3, slices.size(), "one slice per optimizer");
        for (int s = 0; s < slices.size(); s++) {
            Slice slice = slices.get(s);
            float[] base = runs.get(s).trajectory().last();
            assertEquals(1, slice.paths().size());
            assertEquals(runs.get(s).id(), slice.paths().get(0).runId());
            assertEquals(9, slice.a().length);
            for (int j = 0; j < slice.b().length; j++) {
                for (int i = 0; i < slice.a().length; i++) {
                    double exact = LandscapeFixture.softmaxRegressionLoss(train, with(base, slice.a()[i], slice.b()[j]));
                    assertEquals(exact, slice.loss()[j][i], FLOAT32 * exact, "grid (" + i + ", " + j + ") of slice " + s);
                }
            }
            List<SlicePoint> points = slice.paths().get(0).points();
            assertEquals(16, points.size(), "the start and every one of 15 steps");
            for (int k = 0; k < points.size(); k++) {
                SlicePoint p = points.get(k);
                float[] w = runs.get(s).trajectory().points().get(k);
                assertEquals(w[0], p.a(), 0, "the path's W[0,0]");
                assertEquals(w[4], p.b(), 0, "the path's W[1,0]");
                double onSurface = LandscapeFixture.softmaxRegressionLoss(train, with(base, p.a(), p.b()));
                assertEquals(onSurface, p.sliceLoss(), FLOAT32 * onSurface, "point " + k + " is drawn on the surface");
                assertEquals(LandscapeFixture.softmaxRegressionLoss(train, w), p.trueLoss(), FLOAT32 * p.trueLoss());
                assertEquals(offSlice(w, base), p.distance(), 1e-6);
                assertTrue(p.a() >= slice.a()[0] && p.a() <= slice.a()[8] && p.b() >= slice.b()[0] && p.b() <= slice.b()[8],
                        "the grid covers the path");
            }
            assertTrue(points.get(0).distance() > 0.01, "the start lies off the slice through the end: the test has something to find");
            SlicePoint last = points.get(points.size() - 1);
            assertEquals(0, last.distance(), "the last point is the slice's own base");
            assertEquals(last.trueLoss(), last.sliceLoss(), 0);
        }
        assertArrayEquals(slices.get(0).a(), slices.get(2).a(), 0, "one range covers every path, so panels compare");
    }

    @Test
    void aTwoParameterModelsPathLiesOnItsExactLossSurface() {
        Dataset train = LandscapeFixture.data(60, 1, 2, 4);
        ModelSpec model = new ModelSpec(List.of(1, 2), Activation.RELU, 0.1, Init.GLOROT, Loss.CROSS_ENTROPY, 0).withBias(false);
        var landscape = new LandscapeSpec(LandscapeSpec.View.COORDINATES, List.of("dense0/kernel[0,0]", "dense0/kernel[0,1]"), 5,
                LandscapeSpec.OWN, 0.1, Implementation.SCRATCH);
        ExperimentSpec experiment = LandscapeFixture.experiment(model, List.of(OptimizerCatalog.parse("sgd(lr=1)")), null, 20, landscape);
        RunResult run = LandscapeFixture.train(experiment, train).get(0);

        SlicePath path = LandscapeFixture.slices(experiment, List.of(run), train, store).slices().get(0).paths().get(0);

        List<IterationStats> logged = run.history().iterations();
        for (int k = 0; k < path.points().size(); k++) {
            SlicePoint p = path.points().get(k);
            assertEquals(0, p.distance(), "nothing lies off the plane of the only two weights");
            assertEquals(p.trueLoss(), p.sliceLoss(), 0);
            double exact = LandscapeFixture.softmaxRegressionLoss(train, new float[] {(float) p.a(), (float) p.b()});
            assertEquals(exact, p.sliceLoss(), FLOAT32 * exact, "point " + k);
            if (k < logged.size()) {
                assertEquals(logged.get(k).trainLoss(), p.sliceLoss(), FLOAT32 * exact,
                        "full-batch step " + (k + 1) + " measured its loss at point " + k);
            }
        }
    }

    /** {@code base} with W[0,0] = a and W[1,0] = b (a 2 x 4 kernel). */
    private static float[] with(float[] base, double a, double b) {
        float[] w = base.clone();
        w[0] = (float) a;
        w[4] = (float) b;
        return w;
    }

    private static double offSlice(float[] w, float[] base) {
        double squares = 0;
        for (int i = 0; i < w.length; i++) {
            if (i != 0 && i != 4) {
                squares += Math.pow((double) w[i] - base[i], 2);
            }
        }
        return Math.sqrt(squares);
    }
}
