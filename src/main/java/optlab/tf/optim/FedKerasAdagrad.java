package optlab.tf.optim;

import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;
import org.tensorflow.types.family.TType;

/**
 * Keras 3's Adagrad built from TensorFlow ops, with a fed learning rate; slot "accumulator" starts
 * at initial_accumulator_value: {@code acc += g²; var -= lr g / sqrt(acc + eps)}.
 */
public final class FedKerasAdagrad extends FedOptimizer {

    private final float initialAccumulatorValue;
    private final float epsilon;

    public FedKerasAdagrad(Graph graph, Operand<? extends TFloating> learningRate, float initialAccumulatorValue, float epsilon) {
        super(graph, learningRate);
        this.initialAccumulatorValue = initialAccumulatorValue;
        this.epsilon = epsilon;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "accumulator", initialAccumulatorValue);
        }
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        Variable<T> accSlot = slot(variable, "accumulator");
        Operand<T> acc = deps.assign(accSlot, deps.math.add(accSlot, deps.math.square(gradient)), Assign.useLocking(true));
        Operand<T> update = deps.math.div(deps.math.mul(learningRate(deps, type), gradient),
                deps.math.sqrt(deps.math.add(acc, constant(deps, epsilon, type))));
        return deps.assign(variable, deps.math.sub(variable, update), Assign.useLocking(true));
    }

    @Override
    public String getOptimizerName() {
        return "FedKerasAdagrad";
    }
}
