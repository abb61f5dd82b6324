package optlab.tf;

import java.util.List;
import optlab.spec.L2Form;
import optlab.spec.ModelSpec;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TFloating;

/**
 * The model's training objective as graph ops, so that TensorFlow's optimizers differentiate it:
 * the batch's mean loss plus the L2 penalty, lambda * sum(p^2) per decayed variable: Keras' kernels, dense or conv,
 * or every variable, biases included, in the from-scratch notebook's form (see {@link ModelSpec}).
 */
final class GraphObjective {

    private GraphObjective() {
    }

    /**
     * @param logits the output layer's pre-activations, batch x classes
     * @param probabilities softmax of {@code logits}
     * @param oneHot the labels, one-hot, batch x classes
     * @param kernels every layer's kernel
     * @param parameters every variable, kernels and biases
     */
    static <T extends TFloating> Operand<T> of(Ops tf, ModelSpec model, Operand<T> logits, Operand<T> probabilities,
            Operand<T> oneHot, List<Variable<T>> kernels, List<Variable<T>> parameters) {
        Operand<T> objective = switch (model.loss()) {
            case CROSS_ENTROPY -> tf.math.mean(crossEntropy(tf, logits, oneHot), tf.constant(0));
            // Keras' mean_squared_error: the mean over the classes, then over the batch.
            case MSE -> tf.math.mean(tf.math.mean(tf.math.squaredDifference(probabilities, oneHot), tf.constant(-1)), tf.constant(0));
            // The from-scratch notebook's: half the sum over the classes, then the mean over the batch.
            case MSE_SUM -> tf.math.mul(tf.constant(logits.type(), 0.5f),
                    tf.math.mean(tf.reduceSum(tf.math.squaredDifference(probabilities, oneHot), tf.constant(-1)), tf.constant(0)));
        };
        if (model.l2() == 0) {
            return objective;
        }
        Operand<T> lambda = tf.constant(logits.type(), model.l2());
        for (Variable<T> w : model.l2Form() == L2Form.GRADIENT ? parameters : kernels) {
            // Read through identity like the forward pass: gradients taken straight at a VariableV2 crashed TF Java 1.0.0.
            int[] everyAxis = java.util.stream.IntStream.range(0, w.shape().numDimensions()).toArray();
            Operand<T> squares = tf.reduceSum(tf.math.square(tf.identity(w)), tf.constant(everyAxis));
            objective = tf.math.add(objective, tf.math.mul(lambda, squares));
        }
        return objective;
    }

    /**
     * The cross-entropy of each row's logits, with the dense-label op: TF's C++ gradient registry has
     * no gradient for the sparse one. Its gradient multiplies by a float32 constant whatever the type,
     * so a float64 graph cannot be differentiated through it; there the loss is spelled out as
     * -sum(oneHot * logSoftmax(logits)).
     */
    private static <T extends TFloating> Operand<T> crossEntropy(Ops tf, Operand<T> logits, Operand<T> oneHot) {
        if (logits.type() == TFloat32.class) {
            return tf.nn.softmaxCrossEntropyWithLogits(logits, oneHot).loss();
        }
        return tf.math.neg(tf.reduceSum(tf.math.mul(oneHot, tf.nn.logSoftmax(logits)), tf.constant(1)));
    }
}
