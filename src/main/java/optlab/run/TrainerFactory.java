package optlab.run;

import java.util.List;
import optlab.scratch.ScratchTrainer;
import optlab.spec.RunSpec;
import optlab.tf.TensorFlowTrainer;
import optlab.train.DenseParams;
import optlab.train.Trainer;

/** Builds the trainer a run spec names, starting from the given weights. */
public final class TrainerFactory {

    private TrainerFactory() {
    }

    public static Trainer create(RunSpec spec, List<DenseParams> initial) {
        return switch (spec.implementation()) {
            case SCRATCH -> new ScratchTrainer(spec.model(), spec.optimizer(), initial);
            case TENSORFLOW -> new TensorFlowTrainer(spec.model(), spec.optimizer(), initial, spec.threads());
        };
    }
}
