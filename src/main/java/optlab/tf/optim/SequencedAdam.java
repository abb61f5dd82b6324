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
 * TensorFlow's Adam kernel ({@code ApplyAdam}) with its step counters advanced strictly after the
 * weight updates.
 *
 * <p>TF Java 1.0.0's {@code Adam} appends {@code beta_power *= beta} to the update list without
 * ordering it against the kernel that reads {@code beta_power}, so each run reads beta^t or
 * beta^(t+1) at random and results change from run to run. Here the counter updates carry a
 * control dependency on every {@code ApplyAdam}, so step t always reads beta^t, as intended and as
 * the scratch {@code AdamRule} computes.
 */
public final class SequencedAdam extends FedOptimizer {

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private Variable<? extends TFloating> beta1Power;
    private Variable<? extends TFloating> beta2Power;

    public SequencedAdam(Graph graph, Operand<? extends TFloating> learningRate, float beta1, float beta2, float epsilon) {
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
        beta2Power = scalarVariable("beta2_power", beta2, floatingType());
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        return deps.train.applyAdam(variable, slot(variable, "m"), slot(variable, "v"),
                deps.dtypes.cast(beta1Power, type), deps.dtypes.cast(beta2Power, type),
                learningRate(deps, type), constant(deps, beta1, type), constant(deps, beta2, type),
                constant(deps, epsilon, type), gradient);
    }

    @Override
    protected Op finish(List<Op> updateOperations, String name) {
        Ops afterUpdates = tf.withControlDependencies(List.copyOf(updateOperations));
        updateOperations.add(advance(afterUpdates, beta1Power, beta1));
        updateOperations.add(advance(afterUpdates, beta2Power, beta2));
        return super.finish(updateOperations, name);
    }

    @Override
    public String getOptimizerName() {
        return "SequencedAdam";
    }
}
