package optlab.scratch.optim;

import optlab.spec.OptimizerSpec;
import optlab.spec.SpecException;

/** The scratch update rule for an optimizer spec, hyperparameters narrowed to float as TensorFlow's are; the learning rate comes per step. */
public final class UpdateRules {

    private UpdateRules() {
    }

    public static UpdateRule<?> of(OptimizerSpec spec) {
        return switch (spec.name()) {
            case "sgd" -> new GradientDescentRule();
            case "momentum" -> new MomentumRule(f(spec, "momentum"), false);
            case "nesterov" -> new MomentumRule(f(spec, "momentum"), true);
            case "adagrad" -> new AdaGradRule(f(spec, "initial_accumulator"));
            case "adadelta" -> new AdaDeltaRule(f(spec, "rho"), f(spec, "epsilon"));
            case "rmsprop" -> new RmsPropRule(f(spec, "decay"), f(spec, "momentum"), f(spec, "epsilon"), false);
            case "rmsprop-centered" -> new RmsPropRule(f(spec, "decay"), f(spec, "momentum"), f(spec, "epsilon"), true);
            case "adam" -> new AdamRule(f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            case "adamax" -> new AdamaxRule(f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            case "nadam" -> new NadamRule(f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            case "nadam-tfjava" -> new TfJavaNadamRule(f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            case "keras-sgd" -> new KerasSgdRule(f(spec, "momentum"), flag(spec, "nesterov"));
            case "keras-rmsprop" -> new KerasRmsPropRule(f(spec, "rho"), f(spec, "momentum"), f(spec, "epsilon"), flag(spec, "centered"));
            case "keras-adagrad" -> new KerasAdagradRule(f(spec, "initial_accumulator_value"), f(spec, "epsilon"));
            case "keras-adadelta" -> new KerasAdadeltaRule(f(spec, "rho"), f(spec, "epsilon"));
            case "keras-adam" -> new KerasAdamRule(f(spec, "beta_1"), f(spec, "beta_2"), f(spec, "epsilon"), flag(spec, "amsgrad"));
            case "keras-adamax" -> new KerasAdamaxRule(f(spec, "beta_1"), f(spec, "beta_2"), f(spec, "epsilon"));
            case "keras-nadam" -> new KerasNadamRule(f(spec, "beta_1"), f(spec, "beta_2"), f(spec, "epsilon"));
            case "keras-adamw" -> new KerasAdamWRule(f(spec, "weight_decay"), f(spec, "beta_1"), f(spec, "beta_2"), f(spec, "epsilon"),
                    flag(spec, "amsgrad"));
            case "momentum-textbook" -> new TextbookMomentumRule(f(spec, "momentum"));
            case "nesterov-textbook" -> new TextbookNesterovRule(f(spec, "momentum"));
            case "adagrad-textbook" -> new TextbookAdaGradRule(f(spec, "delta"));
            case "rmsprop-notebook" -> new NotebookRmsPropRule(f(spec, "decay"), f(spec, "epsilon"));
            case "adam-paper" -> new PaperAdamRule(f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            case "rmsprop-textbook" -> new TextbookRmsPropRule(f(spec, "decay"), f(spec, "delta"));
            case "rmsprop-nesterov-textbook" -> new TextbookNesterovRmsPropRule(f(spec, "decay"), f(spec, "momentum"));
            case "adam-textbook" -> new TextbookAdamRule(f(spec, "beta1"), f(spec, "beta2"), f(spec, "delta"));
            default -> throw new IllegalArgumentException("no scratch rule for optimizer '" + spec.name() + "'");
        };
    }

    /** The float64 form of the spec's rule; every rule with a TensorFlow twin has one, the course and paper forms do not. */
    public static Float64UpdateRule<?> float64(OptimizerSpec spec) {
        if (of(spec) instanceof Float64UpdateRule<?> rule) {
            return rule;
        }
        throw new SpecException("optimizer '" + spec.name() + "' has no float64 form");
    }

    /** A 0/1 switch such as Keras' {@code nesterov}; the catalog has checked it is one of the two. */
    private static boolean flag(OptimizerSpec spec, String key) {
        return f(spec, key) == 1f;
    }

    private static float f(OptimizerSpec spec, String key) {
        Double v = spec.params().get(key);
        if (v == null) {
            throw new IllegalArgumentException("optimizer '" + spec.name() + "' spec lacks " + key);
        }
        return v.floatValue();
    }
}
