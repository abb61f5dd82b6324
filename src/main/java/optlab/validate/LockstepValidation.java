package optlab.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import optlab.data.Dataset;
import optlab.metrics.LossAccuracy;
import optlab.scratch.ScratchTrainer;
import optlab.scratch.optim.UpdateRule;
import optlab.scratch.optim.UpdateRules;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.tf.TensorFlowTrainer;
import optlab.train.Batch;
import optlab.train.BatchFeed;
import optlab.train.DenseParams;
import optlab.train.InitialWeights;
import optlab.train.LearningRateSchedule;
import optlab.train.Trainer;

/**
 * Runs the scratch network and the TensorFlow graph side by side from the same weights on the same
 * batches with the same learning rates, and measures after every update how far apart they are.
 */
public final class LockstepValidation {

    private final ModelSpec model;
    private final Dataset train;
    private final int batchSize;
    private final long seed;
    private final int steps;
    private final Tolerance tolerance;

    public LockstepValidation(ModelSpec model, Dataset train, int batchSize, long seed, int steps, Tolerance tolerance) {
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be positive, got " + steps);
        }
        this.model = model;
        this.train = train;
        this.batchSize = batchSize;
        this.seed = seed;
        this.steps = steps;
        this.tolerance = tolerance;
    }

    /** The catalog's scratch rule for the spec against TensorFlow's. */
    public OptimizerValidation run(OptimizerSpec spec) {
        return run(spec, UpdateRules.of(spec));
    }

    /** Any scratch rule (a student's, or a deliberately wrong one) against TensorFlow's optimizer for the spec. */
    public OptimizerValidation run(OptimizerSpec spec, UpdateRule<?> scratchRule) {
        List<DenseParams> initial = InitialWeights.draw(model, seed);
        var feed = new BatchFeed(train, batchSize, seed);
        LearningRateSchedule schedule = LearningRateSchedule.of(spec.schedule(), spec.learningRate(), steps, feed.stepsPerEpoch());
        var differences = new ArrayList<StepDifference>();
        try (Trainer scratch = new ScratchTrainer(model, scratchRule, initial);
             Trainer tensorflow = new TensorFlowTrainer(model, spec, initial, 1)) {
            Batch first = feed.batch(0);
            double[] gradient = compare(scratch.gradients(first), tensorflow.gradients(first));
            for (int k = 0; k < steps; k++) {
                Batch batch = feed.batch(k);
                double rate = schedule.rate(k);
                int[] labels = Arrays.copyOf(batch.labels(), batch.size());
                double scratchLoss = LossAccuracy.ofRowMajor(scratch.step(batch, (float) rate), labels).loss();
                double tensorflowLoss = LossAccuracy.ofRowMajor(tensorflow.step(batch, (float) rate), labels).loss();
                differences.add(new StepDifference(k + 1, rate, scratchLoss, tensorflowLoss,
                        compare(scratch.parameters(), tensorflow.parameters())[0]));
            }
            return new OptimizerValidation(spec.label(), differences, gradient[0], gradient[1], tolerance);
        }
    }

    /** {largest |a - b|, largest |b|} over every weight and bias. */
    private static double[] compare(List<DenseParams> a, List<DenseParams> b) {
        double difference = 0;
        double scale = 0;
        for (int l = 0; l < a.size(); l++) {
            float[][] pairs = {a.get(l).weights(), b.get(l).weights(), a.get(l).bias(), b.get(l).bias()};
            for (int p = 0; p < 4; p += 2) {
                for (int i = 0; i < pairs[p].length; i++) {
                    difference = Math.max(difference, Math.abs((double) pairs[p][i] - pairs[p + 1][i]));
                    scale = Math.max(scale, Math.abs(pairs[p + 1][i]));
                }
            }
        }
        return new double[] {difference, scale};
    }
}
