package optlab.run;

import optlab.scratch.ScratchTrainer;
import optlab.spec.Device;
import optlab.spec.Implementation;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerCatalog;
import optlab.spec.OptimizerSpec;
import optlab.spec.RunSpec;
import optlab.tf.TensorFlowTrainer;
import optlab.train.Trainer;
import optlab.train.Weights;

/** Builds the trainer a run spec names, starting from the given weights. */
public final class TrainerFactory {

    private TrainerFactory() {
    }

    /**
     * A trainer that only ever evaluates: {@code implementation}'s forward pass of {@code model}, with plain SGD
     * as its never-used rule, so a scratch-only rule's run can be evaluated on TensorFlow too.
     */
    public static Trainer forEvaluation(ModelSpec model, Implementation implementation, Weights initial) {
        OptimizerSpec unused = OptimizerCatalog.parse("sgd");
        return switch (implementation) {
            case SCRATCH -> new ScratchTrainer(model, unused, initial);
            case TENSORFLOW -> new TensorFlowTrainer(model, unused, initial, 1, Device.CPU);
        };
    }

    public static Trainer create(RunSpec spec, Weights initial) {
        return switch (spec.implementation()) {
            case SCRATCH -> new ScratchTrainer(spec.model(), spec.optimizer(), initial);
            case TENSORFLOW -> new TensorFlowTrainer(spec.model(), spec.optimizer(), initial, spec.threads(), spec.device());
        };
    }
}
