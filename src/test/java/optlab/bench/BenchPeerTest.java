package optlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import optlab.spec.Activation;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.testing.SyntheticData;
import optlab.train.Batch;
import optlab.train.Weights;
import org.junit.jupiter.api.Test;

/** A peer library is timed as a third contestant on the cases it supports, on the same batches; the default build has none. */
class BenchPeerTest {

    private static final ModelSpec MLP = ModelSpec.mlp(20, List.of(8), 3, Activation.RELU, Loss.CROSS_ENTROPY, 0);

    /** Counts the steps it is given and the batches' first labels. */
    private static final class CountingLibrary implements PeerLibrary {
        final List<Integer> firstLabels = new ArrayList<>();
        boolean closed;
        double rate;

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public String version() {
            return "Counting 1";
        }

        @Override
        public boolean supports(ModelSpec model) {
            return model.equals(MLP);
        }

        @Override
        public Peer create(ModelSpec model, Weights initial, double learningRate) {
            rate = learningRate;
            return new Peer() {
                @Override
                public void step(Batch batch) {
                    firstLabels.add(batch.labels()[0]);
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }
    }

    @Test
    void thePeerTrainsTheWarmUpThenEveryRepeatOnTheTimedBatches() {
        var library = new CountingLibrary();
        var lines = new ArrayList<String>();
        BenchResult r = new Bench(SyntheticData.clusters(400, 20, 7, 1.0), 2, 3, 2, Optional.of(library), lines::add)
                .run(new BenchCase("tiny", MLP, 16));
        assertEquals("counting", r.peerName());
        assertEquals(2, r.peer().size());
        assertEquals(2 + 3 + 3, library.firstLabels.size(), "warm-up once, then the timed batches each repeat");
        assertEquals(library.firstLabels.subList(2, 5), library.firstLabels.subList(5, 8), "every repeat times the same batches");
        assertEquals(0.01, library.rate, "the trainers' SGD rate");
        assertTrue(library.closed);
        assertTrue(lines.get(1).matches("tiny: repeat 1/2  scratch \\d+\\.\\d\\d  tensorflow \\d+\\.\\d\\d  counting \\d+\\.\\d\\d s/epoch"), lines.get(1));
    }

    @Test
    void aCaseThePeerCannotBuildHasNoPeerColumn() {
        var library = new CountingLibrary();
        ModelSpec other = ModelSpec.mlp(20, List.of(4), 3, Activation.TANH, Loss.CROSS_ENTROPY, 0);
        BenchResult r = new Bench(SyntheticData.clusters(400, 20, 7, 1.0), 1, 2, 1, Optional.of(library), line -> { })
                .run(new BenchCase("other", other, 16));
        assertFalse(r.hasPeer());
        assertNull(r.peerName());
        assertTrue(r.peer().isEmpty() && library.firstLabels.isEmpty());
    }

    @Test
    void theDefaultBuildHasNoPeer() {
        assertTrue(PeerLibrary.installed().isEmpty(), "the DL4J peer is built only with -P dl4j");
    }
}
