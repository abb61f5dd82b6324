package optlab.tf.optim;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Assign;
import org.tensorflow.types.family.TFloating;
import org.tensorflow.types.family.TType;

/**
 * Keras 3's AdamW built from TensorFlow ops: decoupled weight decay {@code var -= var * wd * lr},
 * assigned before the step as Keras' base optimizer applies it, then {@link FedKerasAdam}'s step
 * from the decayed weights (the step reads them through the decay's {@code Assign}, so it always follows it).
 */
public final class FedKerasAdamW extends FedKerasAdam {

    private final float weightDecay;

    public FedKerasAdamW(Graph graph, Operand<? extends TFloating> learningRate, float weightDecay, float beta1, float beta2,
            float epsilon, boolean amsgrad) {
        super(graph, learningRate, beta1, beta2, epsilon, amsgrad);
        this.weightDecay = weightDecay;
    }

    @Override
    protected <T extends TType> Operand<T> weights(Ops deps, Output<T> variable) {
        Class<T> type = variable.type();
        Operand<T> decay = deps.math.mul(deps.math.mul(variable, constant(deps, weightDecay, type)), learningRate(deps, type));
        return deps.assign(variable, deps.math.sub(variable, decay), Assign.useLocking(true));
    }

    @Override
    public String getOptimizerName() {
        return "FedKerasAdamW";
    }
}
