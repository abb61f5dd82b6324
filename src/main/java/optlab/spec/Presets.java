package optlab.spec;

import java.util.List;

/** The experiments optlab runs by name. */
public final class Presets {

    public static final String DEFAULT = "optimizers";

    private Presets() {
    }

    /**
     * The mission: 784-128-10 ReLU, batch 32, 10 epochs, seed 42; SGD (lr 0.01), Momentum
     * (lr 0.01, 0.9) and Adam (lr 0.001), each on both trainers.
     */
    public static ExperimentSpec optimizers() {
        return new ExperimentSpec(DEFAULT, "mnist",
                ModelSpec.mlp(784, List.of(128), 10, Activation.RELU, Loss.CROSS_ENTROPY, 0),
                OptimizerCatalog.parseList("sgd(lr=0.01), momentum(lr=0.01, momentum=0.9), adam(lr=0.001)"),
                List.of(Implementation.SCRATCH, Implementation.TENSORFLOW),
                42, 10, 32, 200, Preprocessing.SCALE, 0.0, 1);
    }

    public static ExperimentSpec byName(String name) {
        if (name.equals(DEFAULT)) {
            return optimizers();
        }
        throw new SpecException("unknown experiment '" + name + "' (available: " + DEFAULT + ")");
    }
}
