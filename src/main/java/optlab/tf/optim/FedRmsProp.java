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
 * TensorFlow's RMSProp ({@code ApplyRMSProp}, or {@code ApplyCenteredRMSProp} when centered), with
 * a fed learning rate, as the framework's {@code RMSProp} builds it. Slots: "rms" starting at
 * <em>1.0</em>, "momentum" at 0 and, centered, "mg" at 0.
 * {@code ms = decay*ms + (1-decay)*g²; mg = decay*mg + (1-decay)*g; mom = momentum*mom + lr*g /
 * sqrt(ms [- mg²] + eps); var -= mom}.
 */
public final class FedRmsProp extends FedOptimizer {

    private final float decay;
    private final float momentum;
    private final float epsilon;
    private final boolean centered;

    public FedRmsProp(Graph graph, Operand<? extends TFloating> learningRate, float decay, float momentum, float epsilon, boolean centered) {
        super(graph, learningRate);
        this.decay = decay;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.centered = centered;
    }

    @Override
    protected void createSlots(List<Output<? extends TType>> variables) {
        for (Output<? extends TType> v : variables) {
            createFilledSlot(v, "rms", 1f);
            createFilledSlot(v, "momentum", 0f);
            if (centered) {
                createFilledSlot(v, "mg", 0f);
            }
        }
    }

    @Override
    protected <T extends TType> Op applyDense(Ops deps, Output<T> gradient, Output<T> variable) {
        Class<T> type = gradient.type();
        Operand<T> lr = learningRate(deps, type);
        Operand<T> rho = constant(deps, decay, type);
        Operand<T> mom = constant(deps, momentum, type);
        Operand<T> eps = constant(deps, epsilon, type);
        if (centered) {
            return deps.train.applyCenteredRmsProp(variable, slot(variable, "mg"), slot(variable, "rms"), slot(variable, "momentum"),
                    lr, rho, mom, eps, gradient);
        }
        return deps.train.applyRmsProp(variable, slot(variable, "rms"), slot(variable, "momentum"), lr, rho, mom, eps, gradient);
    }

    @Override
    public String getOptimizerName() {
        return "RMSProp";
    }
}
