package optlab.tf.optim;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;
import org.tensorflow.types.family.TType;

/** TensorFlow's GradientDescent ({@code ApplyGradientDescent}): {@code var -= lr * g}, with a fed learning rate. */
public final class FedGradientDescent extends FedOptimizer {

    public FedGradientDescent(Graph graph, Operand<? extends TFloating> learningRate) {
        super(graph, learningRate);
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        return deps.train.applyGradientDescent(variable, learningRate(deps, gradient.type()), gradient);
    }

    @Override
    public String getOptimizerName() {
        return "GradientDescent";
    }
}
