package optlab.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * An experiment: one model and training setup, run for every optimizer with every implementation.
 */
public record ExperimentSpec(
        String name,
        String dataset,
        ModelSpec model,
        List<OptimizerSpec> optimizers,
        List<Implementation> implementations,
        long seed,
        int epochs,
        int batchSize,
        int logEvery,
        Preprocessing preprocessing,
        double validationFraction,
        int threads) {

    public ExperimentSpec {
        optimizers = List.copyOf(optimizers);
        implementations = List.copyOf(implementations);
        if (optimizers.isEmpty()) {
            throw new SpecException("experiment '" + name + "' lists no optimizers");
        }
        if (implementations.isEmpty()) {
            throw new SpecException("experiment '" + name + "' lists no implementations");
        }
        RunSpec.checkTraining(epochs, batchSize, logEvery, validationFraction, threads);
    }

    /**
     * The runs in report order: by optimizer, then implementation. An optimizer without a
     * TensorFlow twin (a textbook variant) runs on the scratch network only.
     */
    public List<RunSpec> runs() {
        var runs = new ArrayList<RunSpec>();
        for (OptimizerSpec optimizer : optimizers) {
            for (Implementation implementation : implementations) {
                if (implementation == Implementation.TENSORFLOW && !OptimizerCatalog.runsOnTensorFlow(optimizer.name())) {
                    continue;
                }
                runs.add(new RunSpec(name, dataset, model, optimizer, implementation, seed, epochs, batchSize,
                        logEvery, preprocessing, validationFraction, threads));
            }
        }
        return runs;
    }

    /** The optimizers whose TensorFlow run {@link #runs()} leaves out because they have no TensorFlow twin. */
    public List<OptimizerSpec> withoutTensorFlowTwin() {
        if (!implementations.contains(Implementation.TENSORFLOW)) {
            return List.of();
        }
        return optimizers.stream().filter(o -> !OptimizerCatalog.runsOnTensorFlow(o.name())).toList();
    }
}
