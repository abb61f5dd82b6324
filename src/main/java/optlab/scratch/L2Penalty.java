package optlab.scratch;

import java.util.List;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras' {@code kernel_regularizer=l2(lambda)} on every kernel (dense and conv): P = lambda * sum over the
 * kernels W of sum(W^2), added to the batch's loss; dP/dW = 2 lambda W. Biases are not decayed.
 */
final class L2Penalty {

    private final double lambda;

    L2Penalty(double lambda) {
        this.lambda = lambda;
    }

    double value(List<Parameter> kernels) {
        double sum = 0;
        for (Parameter w : kernels) {
            sum += Nd4j.getBlasWrapper().level1().dot(w.size(), 1, w.value(), w.value());
        }
        return lambda * sum;
    }

    /** gradient += 2 lambda W for every kernel. */
    void addGradient(List<Parameter> kernels) {
        if (lambda == 0) {
            return; // spares runs without decay a pass over every weight
        }
        for (Parameter w : kernels) {
            Nd4j.getBlasWrapper().level1().axpy(w.size(), 2 * lambda, w.value(), w.gradient());
        }
    }
}
