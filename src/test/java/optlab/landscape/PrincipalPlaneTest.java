package optlab.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import optlab.data.Dataset;
import optlab.results.RunResult;
import optlab.spec.Activation;
import optlab.spec.ExperimentSpec;
import optlab.spec.Implementation;
import optlab.spec.Init;
import optlab.spec.LandscapeSpec;
import optlab.spec.Loss;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directions of the any-model views, and the grids of an MLP's PCA plane on both trainers. */
class PrincipalPlaneTest {

    @TempDir
    Path store;

    @Test
    void pointsInAPlaneGiveThatPlaneWithAllTheVariance() {
        // points o + s_k (1,1,0,0)/sqrt2 + t_k (0,0,1,0) with s spread more than t
        var points = new ArrayList<float[]>();
        for (int k = 0; k < 12; k++) {
            float s = 3f * k;
            float t = (float) Math.sin(k);
            points.add(new float[] {1 + s, 2 + s, 5 + t, -1});
        }
        Plane plane = Planes.pca(points);

        assertEquals(1, plane.explained(), 1e-9, "all the variance lies in the plane");
        // the sample's sines correlate a little with s, which tilts the axes a little within the plane
        assertEquals(1 / Math.sqrt(2), plane.u()[0], 1e-3, "the first direction is the larger spread");
        assertEquals(1 / Math.sqrt(2), plane.u()[1], 1e-3);
        assertEquals(1, Math.abs(plane.v()[2]), 1e-3, "the second direction is the smaller spread");
        for (float[] p : points) {
            assertEquals(0, plane.project(p).distance(), 1e-4, "every point lies on the plane");
        }
        assertTrue(plane.uLabel().startsWith("PC1 ("));
    }

    @Test
    void projectionFindsTheNearestPointForSkewDirections() {
        var plane = new Plane(new float[] {0, 0, 0}, new float[] {1, 0, 0}, new float[] {1, 1, 0}, "u", "v", Double.NaN);

        Plane.Projection p = plane.project(new float[] {3, 2, 4});

        assertEquals(1, p.a(), 1e-12);
        assertEquals(2, p.b(), 1e-12);
        assertEquals(4, p.distance(), 1e-12);
    }

    @Test
    void randomDirectionsAreFilterNormalizedAndLeaveBiasesAlone() {
        ModelLayout layout = ModelLayout.of(new ModelSpec(List.of(3, 4, 2), Activation.RELU, 0.1, Init.GLOROT, Loss.CROSS_ENTROPY, 0));
        float[] base = new float[3 * 4 + 4 + 4 * 2 + 2];
        for (int i = 0; i < base.length; i++) {
            base[i] = (float) Math.cos(i);
        }
        Plane plane = Planes.random(layout, base, 7);

        for (float[] d : List.of(plane.u(), plane.v())) {
            for (int unit = 0; unit < 4; unit++) {
                assertEquals(norm(base, 0, 3, 4, unit), norm(d, 0, 3, 4, unit), 1e-5, "dense0 unit " + unit);
            }
            for (int i = 12; i < 16; i++) {
                assertEquals(0, d[i], "dense0/bias gets no direction");
            }
            for (int unit = 0; unit < 2; unit++) {
                assertEquals(norm(base, 16, 4, 2, unit), norm(d, 16, 4, 2, unit), 1e-5, "dense1 unit " + unit);
            }
        }
        assertEquals(plane.u()[0], Planes.random(layout, base, 7).u()[0], 0, "seeded");
    }

    @Test
    void anMlpsPcaGridIsTheSameOnBothTrainersToFloat32Rounding() {
        Dataset train = LandscapeFixture.data(150, 6, 3, 2);
        ModelSpec model = new ModelSpec(List.of(6, 8, 3), Activation.TANH, 0.1, Init.GLOROT, Loss.CROSS_ENTROPY, 0);
        List<Slice> grids = new ArrayList<>();
        for (Implementation evaluator : Implementation.values()) {
            var landscape = new LandscapeSpec(LandscapeSpec.View.PCA, List.of(), 6, LandscapeSpec.OWN, 0.1, evaluator);
            ExperimentSpec experiment = LandscapeFixture.experiment(model, List.of(OptimizerCatalog.parse("momentum(lr=0.2)")), null, 25,
                    landscape);
            List<RunResult> runs = LandscapeFixture.train(experiment, train);
            grids.add(LandscapeFixture.slices(experiment, runs, train, store.resolve(evaluator.id())).slices().get(0));
        }
        Slice scratch = grids.get(0);
        Slice tensorflow = grids.get(1);
        assertNotNull(scratch.explained());
        assertTrue(scratch.explained() > 0.5 && scratch.explained() <= 1 + 1e-9, "stated share of variance " + scratch.explained());
        assertEquals(scratch.explained(), tensorflow.explained(), 0, "one trajectory, one plane");
        double worst = 0;
        for (int j = 0; j < 6; j++) {
            for (int i = 0; i < 6; i++) {
                worst = Math.max(worst, Math.abs(scratch.loss()[j][i] - tensorflow.loss()[j][i]) / scratch.loss()[j][i]);
            }
        }
        assertTrue(worst < 1e-5, "largest relative difference " + worst);
        assertTrue(worst > 0 || scratch.loss()[0][0] == tensorflow.loss()[0][0]);
    }

    /** The norm of unit {@code unit}'s column of a rows x units kernel starting at {@code at}. */
    private static double norm(float[] w, int at, int rows, int units, int unit) {
        double s = 0;
        for (int r = 0; r < rows; r++) {
            s += Math.pow(w[at + r * units + unit], 2);
        }
        return Math.sqrt(s);
    }
}
