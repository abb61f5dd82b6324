package optlab.tf.optim;

import optlab.spec.OptimizerSpec;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.framework.optimizers.Optimizer;
import org.tensorflow.types.TFloat32;

/** The TensorFlow optimizer for an optimizer spec, hyperparameters as Java floats, the learning rate fed per step. */
public final class TfOptimizers {

    private TfOptimizers() {
    }

    public static Optimizer of(OptimizerSpec spec, Graph graph, Operand<TFloat32> learningRate) {
        return switch (spec.name()) {
            case "sgd" -> new FedGradientDescent(graph, learningRate);
            case "momentum" -> new FedMomentum(graph, learningRate, f(spec, "momentum"), false);
            case "adam" -> new SequencedAdam(graph, learningRate, f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            default -> throw new IllegalArgumentException("no TensorFlow optimizer for '" + spec.name() + "'");
        };
    }

    private static float f(OptimizerSpec spec, String key) {
        return spec.params().get(key).floatValue();
    }
}
