package optlab.scratch.optim;

import optlab.spec.OptimizerSpec;

/** The scratch update rule for an optimizer spec, hyperparameters narrowed to float as TensorFlow's are. */
public final class UpdateRules {

    private UpdateRules() {
    }

    public static UpdateRule<?> of(OptimizerSpec spec) {
        float lr = (float) spec.learningRate();
        return switch (spec.name()) {
            case "sgd" -> new GradientDescentRule(lr);
            case "momentum" -> new MomentumRule(lr, f(spec, "momentum"), false);
            case "adam" -> new AdamRule(lr, f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            default -> throw new IllegalArgumentException("no scratch rule for optimizer '" + spec.name() + "'");
        };
    }

    private static float f(OptimizerSpec spec, String key) {
        Double v = spec.params().get(key);
        if (v == null) {
            throw new IllegalArgumentException("optimizer '" + spec.name() + "' spec lacks " + key);
        }
        return v.floatValue();
    }
}
