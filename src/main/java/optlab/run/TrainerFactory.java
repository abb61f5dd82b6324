package optlab.run;

import optlab.scratch.ScratchTrainer;
import optlab.spec.RunSpec;
import optlab.tf.TensorFlowTrainer;
import optlab.train.Trainer;
import optlab.train.Weights;

/** Builds the trainer a run spec names, starting from the given weights. */
public final class TrainerFactory {

    private TrainerFactory() {
    }

    public static Trainer create(RunSpec spec, Weights initial) {
        return switch (spec.implementation()) {
            case SCRATCH -> new ScratchTrainer(spec.model(), spec.optimizer(), initial);
            case TENSORFLOW -> new TensorFlowTrainer(spec.model(), spec.optimizer(), initial, spec.threads(), spec.device());
        };
    }
}
