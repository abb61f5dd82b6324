package optlab.tf.optim;

import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;
import org.tensorflow.types.family.TType;

/**
 * TensorFlow's AdaDelta ({@code ApplyAdadelta}; slots "accum" and "accum_update" starting at 0),
 * with a fed learning rate, as the framework's {@code AdaDelta} builds it:
 * {@code accum = rho*accum + (1-rho)*g²; update = sqrt(accum_update + eps) / sqrt(accum + eps) * g;
 * var -= lr * update; accum_update = rho*accum_update + (1-rho)*update²}.
 */
public final class FedAdaDelta extends FedOptimizer {

    private final float rho;
    private final float epsilon;

    public FedAdaDelta(Graph graph, Operand<? extends TFloating> learningRate, float rho, float epsilon) {
        super(graph, learningRate);
        this.rho = rho;
        this.epsilon = epsilon;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "accum", 0f);
            createFilledSlot(v, "accum_update", 0f);
        }
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        return deps.train.applyAdadelta(variable, slot(variable, "accum"), slot(variable, "accum_update"),
                learningRate(deps, type), constant(deps, rho, type), constant(deps, epsilon, type), gradient);
    }

    @Override
    public String getOptimizerName() {
        return "Adadelta";
    }
}
