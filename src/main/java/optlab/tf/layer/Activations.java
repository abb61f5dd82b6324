package optlab.tf.layer;

import optlab.spec.Activation;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.types.family.TFloating;

/** An activation as a TensorFlow op; linear is no op at all. */
final class Activations {

    private Activations() {
    }

    static <T extends TFloating> Operand<T> apply(Ops tf, Activation activation, double leakyAlpha, Operand<T> z) {
        return switch (activation) {
            case RELU -> tf.nn.relu(z);
            case LEAKY_RELU -> tf.nn.leakyRelu(z, LeakyRelu.alpha((float) leakyAlpha));
            case SIGMOID -> tf.math.sigmoid(z);
            case TANH -> tf.math.tanh(z);
            case LINEAR -> z;
        };
    }
}
