package optlab.bench.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import optlab.bench.PeerLibrary;
import optlab.data.Dataset;
import optlab.scratch.ScratchTrainer;
import optlab.spec.Activation;
import optlab.spec.ExperimentFile;
import optlab.spec.Loss;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.testing.SyntheticData;
import optlab.train.Batch;
import optlab.train.BatchFeed;
import optlab.train.InitialWeights;
import optlab.train.Weights;
import org.junit.jupiter.api.Test;

/** The DL4J column of {@code optlab bench} (profile dl4j): found on the class path, and training the same network as the trainers. */
class Dl4jPeerTest {

    private static final ModelSpec MLP = ModelSpec.mlp(20, List.of(16, 8), 3, Activation.RELU, Loss.CROSS_ENTROPY, 0);

    @Test
    void theProfileInstallsDl4jForDenseNetworksOnly() {
        PeerLibrary dl4j = PeerLibrary.installed().orElseThrow();
        assertEquals("dl4j", dl4j.name());
        assertTrue(dl4j.version().matches("DL4J 1\\.0\\.0-M2\\.1"), dl4j.version());
        assertTrue(dl4j.supports(MLP));
        assertFalse(dl4j.supports(ModelSpec.mlp(20, List.of(16), 3, Activation.RELU, Loss.MSE, 0)), "MSE is not what bench times");
        assertFalse(dl4j.supports(ModelSpec.mlp(20, List.of(16), 3, Activation.RELU, Loss.CROSS_ENTROPY, 1e-4)), "nor an L2 penalty");
        assertFalse(dl4j.supports(ExperimentFile.parse("""
                model:
                  input: [28, 28, 1]
                  layers:
                    - conv2d: {filters: 4, kernel: 3, activation: relu}
                    - flatten
                    - dense: {units: 10}
                optimizers: [sgd]
                """, "x.yaml", "x").model()));
    }

    /** Same weights, same batches, plain SGD: after five steps DL4J's weights agree with the scratch trainer's to float32 rounding. */
    @Test
    void fiveStepsLeaveTheSameWeightsAsTheScratchTrainer() {
        Dataset data = SyntheticData.clusters(200, 20, 7, 1.0);
        Weights initial = InitialWeights.draw(MLP, 42);
        var feed = new BatchFeed(data, 32, 42, ModelLayout.of(MLP));
        try (var scratch = new ScratchTrainer(MLP, OptimizerCatalog.parse("sgd(lr=0.1)"), initial);
                var dl4j = (Dl4jPeer) new Dl4jLibrary().create(MLP, initial, 0.1)) {
            for (int k = 0; k < 5; k++) {
                Batch batch = feed.batch(k);
                scratch.step(batch, 0.1f);
                dl4j.step(batch);
            }
            Weights expected = scratch.parameters();
            String[] keys = {"0_W", "0_b", "1_W", "1_b", "2_W", "2_b"};
            double moved = 0;
            for (int i = 0; i < keys.length; i++) {
                float[] want = expected.tensors().get(i).values();
                float[] got = dl4j.parameter(keys[i]);
                float[] start = initial.tensors().get(i).values();
                assertEquals(want.length, got.length, keys[i]);
                for (int j = 0; j < want.length; j++) {
                    assertEquals(want[j], got[j], 1e-5, keys[i] + "[" + j + "]");
                    moved = Math.max(moved, Math.abs(want[j] - start[j]));
                }
            }
            assertTrue(moved > 1e-3, "the steps moved the weights: " + moved);
        }
    }
}
