package optlab.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything that determines one training run. Two runs with equal specs give equal results
 * (bit for bit for the scratch trainer on one machine).
 *
 * @param logEvery record the batch loss and the full test loss every this many steps
 * @param validationFraction share of the training set held out for validation (0 = none)
 * @param threads CPU threads for the trainer's math library
 * @param earlyStopping when to stop before {@code epochs} run out; null = never
 * @param device where a TensorFlow run's graph runs; stored only when it is the GPU, so CPU run ids stay as they were
 * @param validateOnTest the test set serves as the validation data, as the course's CNN notebook does
 *                       ({@code validation: test}); stored only when true, so older run ids stay as they were
 * @param batchSize rows per step; {@link #FULL_BATCH} (0) for the whole training split
 * @param iterations train exactly this many steps, the last epoch cut short; 0 (not stored) trains whole epochs
 * @param sampling how steps draw their rows; null (not stored) for {@link Sampling#SHUFFLE}
 * @param trajectoryEvery record the weights at the start and after every this many steps; 0 (not stored): never
 */
public record RunSpec(
        String experiment,
        String dataset,
        ModelSpec model,
        OptimizerSpec optimizer,
        Implementation implementation,
        long seed,
        int epochs,
        int batchSize,
        int logEvery,
        Preprocessing preprocessing,
        double validationFraction,
        int threads,
        EarlyStopping earlyStopping,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean validateOnTest,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Device.OmitCpu.class) Device device,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int iterations,
        @JsonInclude(JsonInclude.Include.NON_NULL) Sampling sampling,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int trajectoryEvery) {

    /** The batch size that means the whole training split: full-batch gradient descent. */
    public static final int FULL_BATCH = 0;

    public RunSpec {
        device = device == null ? Device.CPU : device;
        sampling = sampling == Sampling.SHUFFLE ? null : sampling;
        checkStepping(iterations, trajectoryEvery);
        if (device == Device.GPU && implementation != Implementation.TENSORFLOW) {
            throw new SpecException("only the TensorFlow trainer runs on a GPU; the scratch network runs on the CPU");
        }
        checkTraining(epochs, batchSize, logEvery, validationFraction, threads);
        if (validateOnTest && validationFraction > 0) {
            throw new SpecException("validation is either the test set or a fraction of the training set, not both");
        }
        if (earlyStopping != null && validationFraction == 0 && !validateOnTest) {
            throw new SpecException("early_stopping monitors " + earlyStopping.monitor()
                    + ", which needs a validation fraction above 0, got 0");
        }
    }

    /** A run of whole epochs in shuffled order, recording no trajectory. */
    public RunSpec(String experiment, String dataset, ModelSpec model, OptimizerSpec optimizer, Implementation implementation, long seed,
            int epochs, int batchSize, int logEvery, Preprocessing preprocessing, double validationFraction, int threads,
            EarlyStopping earlyStopping, boolean validateOnTest, Device device) {
        this(experiment, dataset, model, optimizer, implementation, seed, epochs, batchSize, logEvery, preprocessing, validationFraction,
                threads, earlyStopping, validateOnTest, device, 0, null, 0);
    }

    /** A run validated on a split of the training set, or not at all. */
    public RunSpec(String experiment, String dataset, ModelSpec model, OptimizerSpec optimizer, Implementation implementation, long seed,
            int epochs, int batchSize, int logEvery, Preprocessing preprocessing, double validationFraction, int threads,
            EarlyStopping earlyStopping) {
        this(experiment, dataset, model, optimizer, implementation, seed, epochs, batchSize, logEvery, preprocessing, validationFraction,
                threads, earlyStopping, false, Device.CPU);
    }

    /** The range checks shared with {@link ExperimentSpec}; messages name the setting and value. */
    static void checkTraining(int epochs, int batchSize, int logEvery, double validationFraction, int threads) {
        if (epochs <= 0) {
            throw new SpecException("epochs must be positive, got " + epochs);
        }
        if (batchSize < 0) {
            throw new SpecException("batch size must be positive (or 'full'), got " + batchSize);
        }
        if (logEvery <= 0) {
            throw new SpecException("log-every must be positive, got " + logEvery);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new SpecException("validation fraction must be in [0, 1), got " + validationFraction);
        }
        if (threads <= 0) {
            throw new SpecException("threads must be positive, got " + threads);
        }
    }

    /** The checks of the settings that say how a run steps. */
    static void checkStepping(int iterations, int trajectoryEvery) {
        if (iterations < 0) {
            throw new SpecException("iterations must be positive, got " + iterations);
        }
        if (trajectoryEvery < 0) {
            throw new SpecException("trajectory must be true or a positive number of steps, got " + trajectoryEvery);
        }
    }

    /** Whether every step takes the whole training split. */
    public boolean fullBatch() {
        return batchSize == FULL_BATCH;
    }

    /** Rows per step on a training split of {@code rows}. */
    public int batchRows(int rows) {
        return fullBatch() ? rows : batchSize;
    }

    public Sampling samplingOrDefault() {
        return sampling == null ? Sampling.SHUFFLE : sampling;
    }

    /** "batch 32", "full batch", "batch 1 with replacement" */
    public String batchingLabel() {
        return batchingLabel(batchSize, sampling);
    }

    /** The batching label of a batch size ({@link #FULL_BATCH} for the whole split) and a sampling (null: shuffled epochs). */
    static String batchingLabel(int batchSize, Sampling sampling) {
        return (batchSize == FULL_BATCH ? "full batch" : "batch " + batchSize)
                + (sampling == null || sampling == Sampling.SHUFFLE ? "" : " " + sampling.id().replace('_', ' '));
    }

    /**
     * A file-name-safe id: readable, then a hash of everything that determines the run except the
     * experiment's name, "sgd-lr-0.01-scratch-seed42-1f3a5c7e9b". Equal ids mean equal runs, so a
     * stored result is found again by any experiment that contains the run.
     */
    public String id() {
        return optimizer.id() + "-" + implementation.id() + "-seed" + seed + "-" + SpecHash.of(this, "experiment");
    }
}
