package optlab.tf;

import optlab.spec.OptimizerSpec;
import org.tensorflow.Graph;
import org.tensorflow.framework.optimizers.GradientDescent;
import org.tensorflow.framework.optimizers.Momentum;
import org.tensorflow.framework.optimizers.Optimizer;

/** The tensorflow-framework optimizer for an optimizer spec (Adam replaced by its ordered twin). */
final class TfOptimizers {

    private TfOptimizers() {
    }

    static Optimizer of(OptimizerSpec spec, Graph graph) {
        float lr = (float) spec.learningRate();
        return switch (spec.name()) {
            case "sgd" -> new GradientDescent(graph, lr);
            case "momentum" -> new Momentum(graph, lr, f(spec, "momentum"), false);
            case "adam" -> new SequencedAdam(graph, lr, f(spec, "beta1"), f(spec, "beta2"), f(spec, "epsilon"));
            default -> throw new IllegalArgumentException("no TensorFlow optimizer for '" + spec.name() + "'");
        };
    }

    private static float f(OptimizerSpec spec, String key) {
        return spec.params().get(key).floatValue();
    }
}
