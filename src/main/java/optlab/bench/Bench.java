package optlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import optlab.data.Dataset;
import optlab.scratch.ScratchTrainer;
import optlab.spec.ModelLayout;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.tf.TensorFlowTrainer;
import optlab.train.Batch;
import optlab.train.BatchFeed;
import optlab.train.InitialWeights;
import optlab.train.Trainer;
import optlab.train.Weights;

/**
 * Both trainers side by side in one process: the same weights, the same batches, built before the
 * clock starts, a warm-up, then repeats taken in turn (scratch, TensorFlow, scratch, ...) so that
 * a noisy neighbour slows both alike. Only training steps are timed; each repeat's time per step is
 * scaled to an epoch of the training set.
 */
public final class Bench {

    private static final OptimizerSpec SGD = OptimizerCatalog.parse("sgd(lr=0.01)");
    /**
     * TensorFlow's intra-op and inter-op threads, as {@code --threads} defaults: with two each, 784-128-10 and
     * 784-500-250-100-10 took 40-70% longer per step; 784-32-10 and the CNN were within the shared machine's noise.
     */
    public static final int TENSORFLOW_THREADS = 1;
    private static final long SEED = 42;

    private final Dataset train;
    private final int warmup;
    private final int steps;
    private final int repeats;
    private final Consumer<String> progress;
    private final Optional<PeerLibrary> peer;

    /** @param peer another library to time as a third contestant on the cases it supports */
    public Bench(Dataset train, int warmup, int steps, int repeats, Optional<PeerLibrary> peer, Consumer<String> progress) {
        if (warmup < 0 || steps < 1 || repeats < 1) {
            throw new IllegalArgumentException("bench needs warmup >= 0, steps >= 1 and repeats >= 1, got " + warmup + ", " + steps + ", " + repeats);
        }
        this.train = train;
        this.warmup = warmup;
        this.steps = steps;
        this.repeats = repeats;
        this.progress = progress;
        this.peer = peer;
    }

    /** One side of the bench: its column's name, its training step, its seconds per epoch over the repeats. */
    private record Contestant(String name, Consumer<Batch> step, List<Double> seconds) {
    }

    public BenchResult run(BenchCase c) {
        Weights initial = InitialWeights.draw(c.model(), SEED);
        var feed = new BatchFeed(train, c.batchSize(), SEED, ModelLayout.of(c.model()));
        var batches = new ArrayList<Batch>();
        for (int k = 0; k < warmup + steps; k++) {
            batches.add(feed.batch(k));
        }
        Optional<PeerLibrary> library = peer.filter(p -> p.supports(c.model()));
        var scratchTimes = new ArrayList<Double>();
        var tensorflowTimes = new ArrayList<Double>();
        var peerTimes = new ArrayList<Double>();
        try (Trainer scratch = new ScratchTrainer(c.model(), SGD, initial); Trainer tensorflow = new TensorFlowTrainer(c.model(), SGD, initial, TENSORFLOW_THREADS);
                Peer other = library.map(p -> p.create(c.model(), initial, SGD.learningRate())).orElse(null)) {
            var contestants = new ArrayList<>(List.of(new Contestant("scratch", b -> scratch.step(b, (float) SGD.learningRate()), scratchTimes),
                    new Contestant("tensorflow", b -> tensorflow.step(b, (float) SGD.learningRate()), tensorflowTimes)));
            if (other != null) {
                contestants.add(new Contestant(library.get().name(), other::step, peerTimes));
            }
            progress.accept(c.name() + ": warm-up, " + warmup + " steps each");
            for (Contestant contestant : contestants) {
                time(contestant.step(), batches.subList(0, warmup));
            }
            List<Batch> timed = batches.subList(warmup, warmup + steps);
            for (int r = 1; r <= repeats; r++) {
                var line = new StringBuilder(String.format(Locale.ROOT, "%s: repeat %d/%d", c.name(), r, repeats));
                for (Contestant contestant : contestants) {
                    double seconds = time(contestant.step(), timed) / steps * feed.stepsPerEpoch();
                    contestant.seconds().add(seconds);
                    line.append(String.format(Locale.ROOT, "  %s %.2f", contestant.name(), seconds));
                }
                progress.accept(line.append(" s/epoch").toString());
            }
        }
        return new BenchResult(c.name(), c.batchSize(), scratchTimes, tensorflowTimes, library.map(PeerLibrary::name).orElse(null), peerTimes,
                GemmSpeed.gflops(c.products()), c.stepMultiplyAdds(), feed.stepsPerEpoch());
    }

    /** Seconds the contestant takes for these steps. */
    private static double time(Consumer<Batch> contestant, List<Batch> batches) {
        long start = System.nanoTime();
        for (Batch batch : batches) {
            contestant.accept(batch);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
