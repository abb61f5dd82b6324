package optlab.validate;

import optlab.spec.Device;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import optlab.data.Dataset;
import optlab.metrics.LossAccuracy;
import optlab.scratch.Float64ScratchTrainer;
import optlab.scratch.ScratchTrainer;
import optlab.scratch.optim.Float64UpdateRule;
import optlab.scratch.optim.UpdateRule;
import optlab.scratch.optim.UpdateRules;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.spec.Precision;
import optlab.tf.Float64TensorFlowTrainer;
import optlab.tf.TensorFlowTrainer;
import optlab.train.Batch;
import optlab.train.BatchFeed;
import optlab.train.InitialWeights;
import optlab.train.LearningRateSchedule;
import optlab.train.LockstepTrainer;
import optlab.train.Weights;

/**
 * Runs the scratch network and the TensorFlow graph side by side from the same weights on the same
 * batches with the same learning rates, and measures after every update how far apart they are.
 * Both sides run in one precision: float32, as training does, or float64, where the float32 initial
 * weights and inputs are widened exactly and the learning rate is the schedule's double. Losses and
 * weights are compared in double either way.
 */
public final class LockstepValidation {

    private final ModelSpec model;
    private final Dataset train;
    private final int batchSize;
    private final long seed;
    private final int steps;
    private final Tolerance tolerance;
    private final Precision precision;
    private final Device device;

    /** A float32 validation. */
    public LockstepValidation(ModelSpec model, Dataset train, int batchSize, long seed, int steps, Tolerance tolerance) {
        this(model, train, batchSize, seed, steps, tolerance, Precision.FLOAT32);
    }

    /** On the CPU. */
    public LockstepValidation(ModelSpec model, Dataset train, int batchSize, long seed, int steps, Tolerance tolerance,
            Precision precision) {
        this(model, train, batchSize, seed, steps, tolerance, precision, Device.CPU);
    }

    /** @param device where the TensorFlow side runs */
    public LockstepValidation(ModelSpec model, Dataset train, int batchSize, long seed, int steps, Tolerance tolerance,
            Precision precision, Device device) {
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be positive, got " + steps);
        }
        this.model = model;
        this.train = train;
        this.batchSize = batchSize;
        this.seed = seed;
        this.steps = steps;
        this.tolerance = tolerance;
        this.precision = precision;
        this.device = device;
    }

    /** The catalog's scratch rule for the spec against TensorFlow's, in this validation's precision. */
    public OptimizerValidation run(OptimizerSpec spec) {
        return switch (precision) {
            case FLOAT32 -> run(spec, UpdateRules.of(spec));
            case FLOAT64 -> run(spec, UpdateRules.float64(spec));
        };
    }

    /** Any float32 scratch rule (a student's, or a deliberately wrong one) against TensorFlow's optimizer for the spec. */
    public OptimizerValidation run(OptimizerSpec spec, UpdateRule<?> scratchRule) {
        requirePrecision(Precision.FLOAT32);
        Weights initial = InitialWeights.draw(model, seed);
        try (var scratch = new Float32Lockstep(new ScratchTrainer(model, scratchRule, initial));
             var tensorflow = new Float32Lockstep(new TensorFlowTrainer(model, spec, initial, 1, device))) {
            return lockstep(spec, scratch, tensorflow);
        }
    }

    /** Any float64 scratch rule against TensorFlow's optimizer for the spec in a float64 graph. */
    public OptimizerValidation run(OptimizerSpec spec, Float64UpdateRule<?> scratchRule) {
        requirePrecision(Precision.FLOAT64);
        Weights initial = InitialWeights.draw(model, seed);
        try (var scratch = new Float64ScratchTrainer(model, scratchRule, initial);
             var tensorflow = new Float64TensorFlowTrainer(model, spec, initial, 1, device)) {
            return lockstep(spec, scratch, tensorflow);
        }
    }

    private void requirePrecision(Precision rulePrecision) {
        if (rulePrecision != precision) {
            throw new IllegalArgumentException("a " + rulePrecision.id() + " rule cannot run in a " + precision.id() + " validation");
        }
    }

    private OptimizerValidation lockstep(OptimizerSpec spec, LockstepTrainer scratch, LockstepTrainer tensorflow) {
        var feed = new BatchFeed(train, batchSize, seed, ModelLayout.of(model));
        LearningRateSchedule schedule = LearningRateSchedule.of(spec.schedule(), spec.learningRate(), steps, feed.stepsPerEpoch());
        var differences = new ArrayList<StepDifference>();
        Batch first = feed.batch(0);
        double[] gradient = compare(scratch.gradients(first), tensorflow.gradients(first));
        for (int k = 0; k < steps; k++) {
            Batch batch = feed.batch(k);
            double rate = schedule.rate(k);
            int[] labels = Arrays.copyOf(batch.labels(), batch.size());
            double scratchLoss = LossAccuracy.loss(scratch.step(batch, rate), labels);
            double tensorflowLoss = LossAccuracy.loss(tensorflow.step(batch, rate), labels);
            differences.add(new StepDifference(k + 1, rate, scratchLoss, tensorflowLoss,
                    compare(scratch.parameters(), tensorflow.parameters())[0]));
        }
        return new OptimizerValidation(spec.label(), differences, gradient[0], gradient[1], tolerance, spec.learningRate());
    }

    /** {largest |a - b|, largest |b|} over every element of every tensor. */
    private static double[] compare(List<double[]> a, List<double[]> b) {
        double difference = 0;
        double scale = 0;
        for (int t = 0; t < a.size(); t++) {
            double[] x = a.get(t);
            double[] y = b.get(t);
            for (int i = 0; i < x.length; i++) {
                difference = Math.max(difference, Math.abs(x[i] - y[i]));
                scale = Math.max(scale, Math.abs(y[i]));
            }
        }
        return new double[] {difference, scale};
    }
}
