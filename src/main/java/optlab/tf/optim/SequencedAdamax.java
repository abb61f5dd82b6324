package optlab.tf.optim;

import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.family.TFloating;
import org.tensorflow.types.family.TType;

/**
 * TensorFlow's Adamax kernel ({@code ApplyAdaMax}; slots "m" and "v" starting at 0) with its
 * step counter advanced strictly after the weight updates:
 * {@code m += (g - m)*(1-beta1); u = max(beta2*u, |g|); var -= lr / (1 - beta1^t) * m / (u + eps)}.
 *
 * <p>TF Java 1.0.0's {@code Adamax} races on {@code beta1_power} exactly as its Adam does (see
 * {@link SequencedAdam}): the kernel reads beta1^t or beta1^(t+1) at random. Here the counter
 * update carries a control dependency on every {@code ApplyAdaMax}, so step t always reads beta1^t.
 */
public final class SequencedAdamax extends FedOptimizer {

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private Variable<? extends TFloating> beta1Power;

    public SequencedAdamax(Graph graph, Operand<? extends TFloating> learningRate, float beta1, float beta2, float epsilon) {
        super(graph, learningRate);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "m", 0f);
            createFilledSlot(v, "v", 0f);
        }
        beta1Power = scalarVariable("beta1_power", beta1, floatingType());
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        return deps.train.applyAdaMax(variable, slot(variable, "m"), slot(variable, "v"),
                deps.dtypes.cast(beta1Power, type), learningRate(deps, type), constant(deps, beta1, type),
                constant(deps, beta2, type), constant(deps, epsilon, type), gradient);
    }

    @Override
    protected Op finish(List<Op> updateOperations, String name) {
        Ops afterUpdates = tf.withControlDependencies(List.copyOf(updateOperations));
        updateOperations.add(advance(afterUpdates, beta1Power, beta1));
        return super.finish(updateOperations, name);
    }

    @Override
    public String getOptimizerName() {
        return "SequencedAdamax";
    }
}
