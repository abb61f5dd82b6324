package optlab.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.LongStream;

/**
 * An experiment: every configuration (a model variant with an optimizer) run with every
 * implementation and every seed. Parsed from {@code experiments/*.yaml} by {@link ExperimentFile}.
 *
 * @param variants the models compared; one unlabelled variant when the experiment varies no model setting
 * @param earlyStopping when to stop a run before its last epoch, or null to train every epoch
 * @param repeats seeds per configuration: seed, seed + 1, ..., seed + repeats - 1
 * @param targetAccuracy test accuracy for "time to target"
 * @param metric what the study ranks its configurations by
 * @param tune the learning-rate search, or null to run the optimizers' own rates
 * @param validateOnTest the test set is the validation data (see {@link RunSpec#validateOnTest})
 * @param reference published curves to draw beside the measured ones, or null
 * @param iterations steps per run instead of whole epochs (0, not stored: {@code epochs} whole epochs)
 * @param sampling how steps draw their rows (null, not stored: shuffled epochs)
 * @param trajectoryEvery record each run's weights every this many steps (0, not stored: never)
 * @param batching per optimizer, in the order of {@code optimizers}, its own batch size and sampling where it
 *     has them (the course's GD, SGD and mini-batch are one rule fed three ways); null (not stored) when none has
 * @param landscape the loss-landscape views the report draws, or null for none
 */
public record ExperimentSpec(
        String name,
        String description,
        String dataset,
        List<Variant> variants,
        List<OptimizerSpec> optimizers,
        List<Implementation> implementations,
        long seed,
        int repeats,
        int epochs,
        int batchSize,
        int logEvery,
        Preprocessing preprocessing,
        double validationFraction,
        int threads,
        EarlyStopping earlyStopping,
        double targetAccuracy,
        StudyMetric metric,
        TuneSpec tune,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
        boolean validateOnTest,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Reference reference,
        @com.fasterxml.jackson.annotation.JsonInclude(value = com.fasterxml.jackson.annotation.JsonInclude.Include.CUSTOM,
                valueFilter = Device.OmitCpu.class)
        Device device,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) int iterations,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Sampling sampling,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) int trajectoryEvery,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) List<Batching> batching,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) LandscapeSpec landscape) {

    public static final double DEFAULT_TARGET = 0.97;

    /** MNIST's training rows, before a validation split. */
    public static final int TRAINING_ROWS = 60_000;

    public ExperimentSpec {
        sampling = sampling == Sampling.SHUFFLE ? null : sampling;
        if (batching != null) {
            batching = java.util.Collections.unmodifiableList(new ArrayList<>(batching));
            if (batching.size() != optimizers.size()) {
                throw new SpecException("experiment '" + name + "': " + batching.size() + " batchings for " + optimizers.size() + " optimizers");
            }
        }
        RunSpec.checkStepping(iterations, trajectoryEvery);
        if (landscape != null) {
            if (trajectoryEvery == 0) {
                throw new SpecException("experiment '" + name + "': a landscape needs the runs' trajectories (training.trajectory)");
            }
            for (Variant v : variants) {
                landscape.check(ModelLayout.of(v.model()));
            }
        }
        variants = List.copyOf(variants);
        device = device == null ? Device.CPU : device;
        optimizers = List.copyOf(optimizers);
        implementations = List.copyOf(implementations);
        if (variants.isEmpty()) {
            throw new SpecException("experiment '" + name + "' has no model");
        }
        if (optimizers.isEmpty()) {
            throw new SpecException("experiment '" + name + "' lists no optimizers");
        }
        if (implementations.isEmpty()) {
            throw new SpecException("experiment '" + name + "' lists no implementations");
        }
        if (repeats <= 0) {
            throw new SpecException("repeats must be positive, got " + repeats);
        }
        if (!(targetAccuracy > 0 && targetAccuracy <= 1)) {
            throw new SpecException("target accuracy must be in (0, 1], got " + targetAccuracy);
        }
        if (validationFraction == 0 && !validateOnTest && (tune != null || metric.needsValidation() || earlyStopping != null)) {
            String needs = tune != null ? "tune" : earlyStopping != null ? "early_stopping" : "metric " + metric.id();
            throw new SpecException(needs + " needs a validation split, but the validation fraction is 0");
        }
        RunSpec.checkTraining(epochs, batchSize, logEvery, validationFraction, threads);
    }

    /** Without the stepping, batching and landscape settings. */
    public ExperimentSpec(String name, String description, String dataset, List<Variant> variants, List<OptimizerSpec> optimizers,
            List<Implementation> implementations, long seed, int repeats, int epochs, int batchSize, int logEvery,
            Preprocessing preprocessing, double validationFraction, int threads, EarlyStopping earlyStopping, double targetAccuracy,
            StudyMetric metric, TuneSpec tune, boolean validateOnTest, Reference reference, Device device) {
        this(name, description, dataset, variants, optimizers, implementations, seed, repeats, epochs, batchSize, logEvery, preprocessing,
                validationFraction, threads, earlyStopping, targetAccuracy, metric, tune, validateOnTest, reference, device, 0, null, 0,
                null, null);
    }

    /** Validated on a split of the training set, or not at all. */
    public ExperimentSpec(String name, String description, String dataset, List<Variant> variants, List<OptimizerSpec> optimizers,
            List<Implementation> implementations, long seed, int repeats, int epochs, int batchSize, int logEvery,
            Preprocessing preprocessing, double validationFraction, int threads, EarlyStopping earlyStopping, double targetAccuracy,
            StudyMetric metric, TuneSpec tune) {
        this(name, description, dataset, variants, optimizers, implementations, seed, repeats, epochs, batchSize, logEvery, preprocessing,
                validationFraction, threads, earlyStopping, targetAccuracy, metric, tune, false, null, Device.CPU);
    }

    /** One model, one seed, the optimizers' own rates, ranked by test accuracy. */
    public ExperimentSpec(String name, String dataset, ModelSpec model, List<OptimizerSpec> optimizers,
            List<Implementation> implementations, long seed, int epochs, int batchSize, int logEvery,
            Preprocessing preprocessing, double validationFraction, int threads) {
        this(name, "", dataset, List.of(Variant.only(model)), optimizers, implementations, seed, 1, epochs, batchSize,
                logEvery, preprocessing, validationFraction, threads, null, DEFAULT_TARGET, StudyMetric.TEST_ACCURACY, null);
    }

    /** The model of the first variant: the experiment's model when it varies none. */
    public ModelSpec model() {
        return variants.get(0).model();
    }

    public List<Long> seeds() {
        return LongStream.range(seed, seed + repeats).boxed().toList();
    }

    /** The runs with the optimizers as given. */
    public List<RunSpec> runs() {
        return runs((variant, optimizer) -> optimizer);
    }

    /**
     * The runs in report order (variant, optimizer, seed, implementation), each optimizer replaced by
     * {@code chosen(variant, optimizer)}: its tuned form. An optimizer without a TensorFlow twin (a
     * textbook variant) runs on the scratch network only.
     */
    public List<RunSpec> runs(BiFunction<Variant, OptimizerSpec, OptimizerSpec> chosen) {
        var runs = new ArrayList<RunSpec>();
        for (Variant variant : variants) {
            for (int o = 0; o < optimizers.size(); o++) {
                OptimizerSpec optimizer = chosen.apply(variant, optimizers.get(o));
                for (long s : seeds()) {
                    for (Implementation implementation : implementations) {
                        if (implementation == Implementation.TENSORFLOW && !OptimizerCatalog.runsOnTensorFlow(optimizer.name())) {
                            continue;
                        }
                        runs.add(run(variant, optimizer, batching(o), implementation, s, epochs));
                    }
                }
            }
        }
        return runs;
    }

    /** The learning-rate search: every grid rate of every configuration, first seed, the tuning implementation. */
    public List<RunSpec> tuningRuns() {
        if (tune == null) {
            return List.of();
        }
        var runs = new ArrayList<RunSpec>();
        for (Variant variant : variants) {
            for (int o = 0; o < optimizers.size(); o++) {
                for (double lr : tune.learningRates()) {
                    runs.add(run(variant, optimizers.get(o).withLearningRate(lr), batching(o), tune.implementation(), seed, tune.epochs()));
                }
            }
        }
        return runs;
    }

    /** "batch 32, 10 epochs"; "full batch, 100 iterations"; "batch per optimizer, ..." when optimizers are fed their own ways. */
    public String trainingLabel() {
        String batches = batching != null ? "batch per optimizer" : RunSpec.batchingLabel(batchSize, sampling);
        return batches + ", " + (iterations > 0 ? iterations + " iterations" : epochs + " epochs");
    }

    /** The variant a run's model belongs to. */
    public Variant variantOf(RunSpec run) {
        return variants.stream().filter(v -> v.model().equals(run.model())).findFirst()
                .orElseThrow(() -> new SpecException("run " + run.id() + " belongs to no variant of experiment '" + name + "'"));
    }

    /**
     * "activation=tanh · sgd(lr=0.01)", or just the optimizer when the experiment varies no model setting;
     * "sgd(lr=0.1), batch 1 with replacement" where the optimizer is fed its own way.
     */
    public String configuration(RunSpec run) {
        String variant = variantOf(run).label();
        String optimizer = run.optimizer().label();
        if (batching != null) {
            optimizer += ", " + run.batchingLabel();
        }
        return variant.isEmpty() ? optimizer : variant + " · " + optimizer;
    }

    /** Optimizer {@code o}'s batching, its own settings over the experiment's. */
    public Batching batching(int o) {
        Batching own = batching == null ? null : batching.get(o);
        return new Batching(own == null || own.batchSize() == null ? batchSize : own.batchSize(),
                own == null || own.sampling() == null ? sampling : own.sampling());
    }

    private RunSpec run(Variant variant, OptimizerSpec optimizer, Batching feed, Implementation implementation, long runSeed, int runEpochs) {
        int runBatch = feed.batchSize();
        int epochsRun = iterations == 0 ? runEpochs : epochsFor(iterations, runBatch);
        return new RunSpec(name, dataset, variant.model(), optimizer, implementation, runSeed, epochsRun, runBatch,
                logEvery, preprocessing, validationFraction, threads, earlyStopping, validateOnTest,
                implementation == Implementation.TENSORFLOW ? device : Device.CPU, iterations, feed.sampling(), trajectoryEvery);
    }

    /** The epochs that {@code steps} steps of {@code runBatch} rows touch, the last one perhaps cut short. */
    private int epochsFor(int steps, int runBatch) {
        int rows = TRAINING_ROWS - (int) Math.round(TRAINING_ROWS * validationFraction);
        int stepsPerEpoch = runBatch == RunSpec.FULL_BATCH ? 1 : (rows + runBatch - 1) / runBatch;
        return (steps + stepsPerEpoch - 1) / stepsPerEpoch;
    }
}
