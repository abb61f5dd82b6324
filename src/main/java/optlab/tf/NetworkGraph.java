package optlab.tf;

import java.util.ArrayList;
import java.util.List;
import optlab.spec.LayerSpec;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.tf.layer.Conv2dGraph;
import optlab.tf.layer.DenseGraph;
import optlab.tf.layer.DropoutGraph;
import optlab.tf.layer.FlattenGraph;
import optlab.tf.layer.GraphLayer;
import optlab.tf.layer.MaxPool2dGraph;
import optlab.train.Weights;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TFloating;

/**
 * The model as a TensorFlow graph in floating type T (TFloat32, or TFloat64 for float64
 * validation): placeholders for a batch (flat rows, reshaped to NHWC when the model takes images)
 * and for each dropout layer's mask, one {@code tf.layer} builder per layer with its variables
 * (initialised from the shared float32 initial weights), softmax probabilities and the model's
 * training objective ({@link GraphObjective}). With dropout, the evaluation path is a second pass
 * over the same variables that drops nothing.
 */
final class NetworkGraph<T extends TFloating> {

    final Placeholder<T> input;
    final Placeholder<TInt32> labels;
    /** One per dropout layer, in the model's order: fed from {@code Batch.dropoutMasks}. */
    final List<Placeholder<T>> dropoutMasks = new ArrayList<>();
    /** The training pass's probabilities, dropout applied. */
    final Operand<T> probabilities;
    /** The evaluation pass's probabilities: nothing dropped. */
    final Operand<T> evaluation;
    final Operand<T> loss;
    /** Every parameter in the model's order, kernel before bias. */
    final List<Variable<T>> parameters = new ArrayList<>();

    NetworkGraph(Graph graph, ModelSpec model, Weights initial, Class<T> type) {
        Ops tf = Ops.create(graph);
        ModelLayout layout = ModelLayout.of(model);
        input = tf.withName("x").placeholder(type, Placeholder.shape(Shape.of(-1, layout.features())));
        labels = tf.withName("y").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
        var layers = new ArrayList<GraphLayer<T>>();
        var kernels = new ArrayList<Variable<T>>();
        for (ModelLayout.Stage stage : layout.stages()) {
            GraphLayer<T> layer = layer(tf, stage, model.leakyAlpha(), initial, type);
            layers.add(layer);
            parameters.addAll(layer.variables());
            if (!layer.variables().isEmpty()) {
                kernels.add(layer.variables().get(0));
            }
        }
        Operand<T> logits = forward(tf, layout, layers, true);
        probabilities = tf.withName("probabilities").nn.softmax(logits);
        evaluation = dropoutMasks.isEmpty() ? probabilities : tf.withName("evaluation").nn.softmax(forward(tf, layout, layers, false));
        Operand<T> oneHot = tf.oneHot(labels, tf.constant(layout.classes()), tf.constant(type, 1f), tf.constant(type, 0f));
        loss = GraphObjective.of(tf, model, logits, probabilities, oneHot, kernels, parameters);
    }

    private GraphLayer<T> layer(Ops tf, ModelLayout.Stage stage, double leakyAlpha, Weights initial, Class<T> type) {
        LayerSpec spec = stage.layer();
        if (spec instanceof LayerSpec.Dense dense) {
            return new DenseGraph<>(tf, dense, leakyAlpha, initial.get(stage.name() + "/kernel"),
                    dense.hasBias() ? initial.get(stage.name() + "/bias") : null, type);
        }
        if (spec instanceof LayerSpec.Conv2d conv) {
            return new Conv2dGraph<>(tf, conv, leakyAlpha, initial.get(stage.name() + "/kernel"), initial.get(stage.name() + "/bias"), type);
        }
        if (spec instanceof LayerSpec.MaxPool2d pool) {
            return new MaxPool2dGraph<>(pool);
        }
        if (spec instanceof LayerSpec.Dropout) {
            var dropout = new DropoutGraph<>(tf, stage.name(), stage.in(), type);
            dropoutMasks.add(dropout.mask());
            return dropout;
        }
        return new FlattenGraph<>(stage.outSize());
    }

    private Operand<T> forward(Ops tf, ModelLayout layout, List<GraphLayer<T>> layers, boolean training) {
        Operand<T> a = input;
        if (layout.input().size() == 3) {
            List<Integer> in = layout.input();
            a = tf.reshape(input, tf.constant(new int[] {-1, in.get(0), in.get(1), in.get(2)}));
        }
        for (GraphLayer<T> layer : layers) {
            a = layer.apply(tf, a, training);
        }
        return a;
    }
}
