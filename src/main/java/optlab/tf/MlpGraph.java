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
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The network as a TensorFlow graph: placeholders for a batch, one variable per weight and bias
 * (initialised from the shared initial weights, never from TF's initializers), softmax
 * probabilities and the model's training objective ({@link GraphObjective}).
 */
final class MlpGraph {

    final Placeholder<TFloat32> input;
    final Placeholder<TInt32> labels;
    final Operand<TFloat32> probabilities;
    final Operand<TFloat32> loss;
    final List<Variable<TFloat32>> weights = new ArrayList<>();
    final List<Variable<TFloat32>> biases = new ArrayList<>();

    MlpGraph(Graph graph, ModelSpec model, List<DenseParams> initial) {
        Ops tf = Ops.create(graph);
        input = tf.withName("x").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, model.inputs())));
        labels = tf.withName("y").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
        Operand<TFloat32> a = input;
        for (int l = 0; l < initial.size(); l++) {
            DenseParams p = initial.get(l);
            Variable<TFloat32> w = variable(tf, "dense" + l + "_kernel", Shape.of(p.inputs(), p.outputs()), p.weights());
            Variable<TFloat32> b = variable(tf, "dense" + l + "_bias", Shape.of(p.outputs()), p.bias());
            weights.add(w);
            biases.add(b);
            // Reading through identity: gradients taken straight at a VariableV2 crashed TF Java 1.0.0.
            Operand<TFloat32> z = tf.math.add(tf.linalg.matMul(a, tf.identity(w)), tf.identity(b));
            a = l < initial.size() - 1 ? activation(tf, model, z) : z;
        }
        probabilities = tf.withName("probabilities").nn.softmax(a);
        Operand<TFloat32> oneHot = tf.oneHot(labels, tf.constant(model.classes()), tf.constant(1f), tf.constant(0f));
        loss = GraphObjective.of(tf, model, a, probabilities, oneHot, weights);
    }

    private static Variable<TFloat32> variable(Ops tf, String name, Shape shape, float[] values) {
        Ops init = tf.withInitScope();
        Variable<TFloat32> v = init.withName(name).variable(shape, TFloat32.class);
        init.assign(v, init.constant(shape, DataBuffers.of(values, true, false)));
        return v;
    }

    private static Operand<TFloat32> activation(Ops tf, ModelSpec model, Operand<TFloat32> z) {
        return switch (model.activation()) {
            case RELU -> tf.nn.relu(z);
            case LEAKY_RELU -> tf.nn.leakyRelu(z, LeakyRelu.alpha((float) model.leakyAlpha()));
            case SIGMOID -> tf.math.sigmoid(z);
            case TANH -> tf.math.tanh(z);
            case LINEAR -> z;
        };
    }
}
