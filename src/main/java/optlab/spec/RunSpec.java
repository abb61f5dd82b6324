package optlab.spec;

/**
 * Everything that determines one training run. Two runs with equal specs give equal results
 * (bit for bit for the scratch trainer on one machine).
 *
 * @param logEvery record the batch loss and the full test loss every this many steps
 * @param validationFraction share of the training set held out for validation (0 = none)
 * @param threads CPU threads for the trainer's math library
 * @param earlyStopping when to stop before {@code epochs} run out; null = never
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
        EarlyStopping earlyStopping) {

    public RunSpec {
        checkTraining(epochs, batchSize, logEvery, validationFraction, threads);
        if (earlyStopping != null && validationFraction == 0) {
            throw new SpecException("early_stopping monitors " + earlyStopping.monitor()
                    + ", which needs a validation fraction above 0, got 0");
        }
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
