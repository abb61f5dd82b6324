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
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Device.OmitCpu.class) Device device) {

    public RunSpec {
        device = device == null ? Device.CPU : device;
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
        if (batchSize <= 0) {
            throw new SpecException("batch size must be positive, got " + batchSize);
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

    /**
     * A file-name-safe id: readable, then a hash of everything that determines the run except the
     * experiment's name, "sgd-lr-0.01-scratch-seed42-1f3a5c7e9b". Equal ids mean equal runs, so a
     * stored result is found again by any experiment that contains the run.
     */
    public String id() {
        return optimizer.id() + "-" + implementation.id() + "-seed" + seed + "-" + SpecHash.of(this, "experiment");
    }
}
