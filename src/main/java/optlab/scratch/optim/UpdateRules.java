package optlab.scratch.optim;

import optlab.spec.OptimizerSpec;

/** The scratch update rule for an optimizer spec, hyperparameters narrowed to float as TensorFlow's are; the learning rate comes per step. */
public final class UpdateRules {

    private UpdateRules() {
    }

    public static UpdateRule<?> of(OptimizerSpec spec) {
        return switch (spec.name()) {
            case "sgd" -> new GradientDescentRule();
            case "momentum" -> new MomentumRule(f(spec, "momentum"), false);
            case "adam" -> new AdamRule(f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
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
