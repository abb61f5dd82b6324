package optlab.tf;

import java.util.ArrayList;
import java.util.List;
import optlab.spec.ModelSpec;
import optlab.train.DenseParams;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * The network as a TensorFlow graph in floating type T (TFloat32, or TFloat64 for float64
 * validation): placeholders for a batch, one variable per weight and bias (initialised from the
 * shared float32 initial weights, cast to T, never from TF's initializers), softmax probabilities
 * and the model's training objective ({@link GraphObjective}).
 */
final class MlpGraph<T extends TFloating> {

    final Placeholder<T> input;
    final Placeholder<TInt32> labels;
    final Operand<T> probabilities;
    final Operand<T> loss;
    final List<Variable<T>> weights = new ArrayList<>();
    final List<Variable<T>> biases = new ArrayList<>();

    MlpGraph(Graph graph, ModelSpec model, List<DenseParams> initial, Class<T> type) {
        Ops tf = Ops.create(graph);
        input = tf.withName("x").placeholder(type, Placeholder.shape(Shape.of(-1, model.inputs())));
        labels = tf.withName("y").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
        Operand<T> a = input;
        for (int l = 0; l < initial.size(); l++) {
            DenseParams p = initial.get(l);
            Variable<T> w = variable(tf, "dense" + l + "_kernel", Shape.of(p.inputs(), p.outputs()), p.weights(), type);
            Variable<T> b = variable(tf, "dense" + l + "_bias", Shape.of(p.outputs()), p.bias(), type);
            weights.add(w);
            biases.add(b);
            // Reading through identity: gradients taken straight at a VariableV2 crashed TF Java 1.0.0.
            Operand<T> z = tf.math.add(tf.linalg.matMul(a, tf.identity(w)), tf.identity(b));
            a = l < initial.size() - 1 ? activation(tf, model, z) : z;
        }
        probabilities = tf.withName("probabilities").nn.softmax(a);
        Operand<T> oneHot = tf.oneHot(labels, tf.constant(model.classes()), tf.constant(type, 1f), tf.constant(type, 0f));
        loss = GraphObjective.of(tf, model, a, probabilities, oneHot, weights);
    }

    private static <T extends TFloating> Variable<T> variable(Ops tf, String name, Shape shape, float[] values, Class<T> type) {
        Ops init = tf.withInitScope();
        Variable<T> v = init.withName(name).variable(shape, type);
        init.assign(v, init.dtypes.cast(init.constant(shape, DataBuffers.of(values, true, false)), type));
        return v;
    }

    private static <T extends TFloating> Operand<T> activation(Ops tf, ModelSpec model, Operand<T> z) {
        return switch (model.activation()) {
            case RELU -> tf.nn.relu(z);
            case LEAKY_RELU -> tf.nn.leakyRelu(z, LeakyRelu.alpha((float) model.leakyAlpha()));
            case SIGMOID -> tf.math.sigmoid(z);
            case TANH -> tf.math.tanh(z);
            case LINEAR -> z;
        };
    }
}
