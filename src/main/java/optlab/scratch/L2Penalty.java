package optlab.scratch;

import java.util.List;
import org.nd4j.linalg.factory.Nd4j;

/**
 * L2 weight decay of the parameters it is given: P = lambda * sum over them of sum(p^2), added to the
 * batch's loss; dP/dp = 2 lambda p. Given the kernels (dense and conv) it is Keras'
 * {@code kernel_regularizer=l2(lambda)}; given every parameter, the from-scratch notebook's
 * {@code g += 2 lambda p} (see {@link optlab.spec.L2Form}).
 */
final class L2Penalty {

    private final double lambda;

    L2Penalty(double lambda) {
        this.lambda = lambda;
    }

    double value(List<Parameter> decayed) {
        double sum = 0;
        for (Parameter w : decayed) {
            sum += Nd4j.getBlasWrapper().level1().dot(w.size(), 1, w.value(), w.value());
        }
        return lambda * sum;
    }

    /** gradient += 2 lambda p for every decayed parameter. */
    void addGradient(List<Parameter> decayed) {
        if (lambda == 0) {
            return; // spares runs without decay a pass over every weight
        }
        for (Parameter w : decayed) {
            Nd4j.getBlasWrapper().level1().axpy(w.size(), 2 * lambda, w.value(), w.gradient());
        }
    }
}
