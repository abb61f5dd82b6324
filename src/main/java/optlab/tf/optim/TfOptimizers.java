package optlab.tf.optim;

import optlab.spec.OptimizerSpec;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.framework.optimizers.Nadam;
import org.tensorflow.framework.optimizers.Optimizer;
import org.tensorflow.types.family.TFloating;

/**
 * The TensorFlow optimizer for an optimizer spec, hyperparameters as Java floats, the learning rate
 * fed per step.
 *
 * <p>Exception: {@code nadam-tfjava} is TF Java's own {@link Nadam}, which takes the learning rate
 * only as a float baked into the graph. It gets the spec's constant rate and <em>ignores</em> the
 * fed placeholder, so a schedule has no effect on it. It is deterministic (no step-counter race).
 * It builds for float64 variables too, but keeps its schedule (mu, their product, 1 - beta2) and its
 * learning rate in float32, cast to the variable's type; the scratch rule's float64 form does the same.
 */
public final class TfOptimizers {

    private TfOptimizers() {
    }

    public static Optimizer of(OptimizerSpec spec, Graph graph, Operand<? extends TFloating> learningRate) {
        return switch (spec.name()) {
            case "sgd" -> new FedGradientDescent(graph, learningRate);
            case "momentum" -> new FedMomentum(graph, learningRate, f(spec, "momentum"), false);
            case "nesterov" -> new FedMomentum(graph, learningRate, f(spec, "momentum"), true);
            case "adagrad" -> new FedAdaGrad(graph, learningRate, f(spec, "initial_accumulator"));
            case "adadelta" -> new FedAdaDelta(graph, learningRate, f(spec, "rho"), f(spec, "epsilon"));
            case "rmsprop" -> rmsProp(spec, graph, learningRate, false);
            case "rmsprop-centered" -> rmsProp(spec, graph, learningRate, true);
            case "adam" -> new SequencedAdam(graph, learningRate, f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            case "adamax" -> new SequencedAdamax(graph, learningRate, f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            case "nadam" -> new FedNadam(graph, learningRate, f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            case "nadam-tfjava" -> new Nadam(graph, (float) spec.learningRate(), f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            case "keras-sgd" -> new FedKerasSgd(graph, learningRate, f(spec, "momentum"), flag(spec, "nesterov"));
            case "keras-rmsprop" -> new FedKerasRmsProp(graph, learningRate, f(spec, "rho"), f(spec, "momentum"), f(spec, "epsilon"),
                    flag(spec, "centered"));
            case "keras-adagrad" -> new FedKerasAdagrad(graph, learningRate, f(spec, "initial_accumulator_value"), f(spec, "epsilon"));
            case "keras-adadelta" -> new FedKerasAdadelta(graph, learningRate, f(spec, "rho"), f(spec, "epsilon"));
            case "keras-adam" -> new FedKerasAdam(graph, learningRate, f(spec, "beta_1"), f(spec, "beta_2"), f(spec, "epsilon"),
                    flag(spec, "amsgrad"));
            case "keras-adamax" -> new FedKerasAdamax(graph, learningRate, f(spec, "beta_1"), f(spec, "beta_2"), f(spec, "epsilon"));
            case "keras-nadam" -> new FedKerasNadam(graph, learningRate, f(spec, "beta_1"), f(spec, "beta_2"), f(spec, "epsilon"));
            case "keras-adamw" -> new FedKerasAdamW(graph, learningRate, f(spec, "weight_decay"), f(spec, "beta_1"), f(spec, "beta_2"),
                    f(spec, "epsilon"), flag(spec, "amsgrad"));
            default -> throw new IllegalArgumentException("no TensorFlow optimizer for '" + spec.name() + "'");
        };
    }

    private static Optimizer rmsProp(OptimizerSpec spec, Graph graph, Operand<? extends TFloating> learningRate, boolean centered) {
        return new FedRmsProp(graph, learningRate, f(spec, "decay"), f(spec, "momentum"), f(spec, "epsilon"), centered);
    }

    private static boolean flag(OptimizerSpec spec, String key) {
        return f(spec, key) == 1f;
    }

    private static float f(OptimizerSpec spec, String key) {
        return spec.params().get(key).floatValue();
    }
}
