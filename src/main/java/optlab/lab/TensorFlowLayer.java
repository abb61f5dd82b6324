package optlab.lab;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A layer exercise's op in a TensorFlow graph, float32 (tf.nn.relu, tf.math.sigmoid, tf.math.tanh,
 * the mean of tf.nn.softmaxCrossEntropyWithLogits, matMul + add), its forward and its gradients
 * from TensorFlow's own gradient registry (Graph.addGradients, fed gradY as dL/dy). One graph per
 * case.
 */
final class TensorFlowLayer implements LayerSession {

    private final String exercise;
    private final LayerExercises.Kind kind;

    TensorFlowLayer(String exercise) {
        this.exercise = exercise;
        this.kind = LayerExercises.of(exercise).kind();
    }

    @Override
    public float[] forward(LayerCase c) {
        return run(c).y();
    }

    @Override
    public List<float[]> backward(LayerCase c, float[] y) {
        return run(c).gradients();
    }

    @Override
    public LayerOutputs run(LayerCase c) {
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            var inputs = new ArrayList<Placeholder<TFloat32>>();
            for (LayerArray a : c.inputs()) {
                inputs.add(tf.withName(a.name()).placeholder(TFloat32.class, Placeholder.shape(shape(a))));
            }
            Operand<TFloat32> y = op(tf, inputs);
            var differentiable = new Output<?>[kind.gradients.size()];
            for (int k = 0; k < differentiable.length; k++) {
                differentiable[k] = inputs.get(k).asOutput();
            }
            Placeholder<TFloat32> gradY = c.gradY() == null ? null : tf.withName("gradY").placeholder(TFloat32.class, Placeholder.shape(shape(c.gradY())));
            Output<?>[] gradients = graph.addGradients("gradients", new Output<?>[] {y.asOutput()}, differentiable,
                    gradY == null ? null : new Output<?>[] {gradY.asOutput()});
            var tensors = new ArrayList<TFloat32>();
            try {
                Session.Runner runner = session.runner();
                for (int k = 0; k < inputs.size(); k++) {
                    tensors.add(tensor(c.input(k)));
                    runner.feed(inputs.get(k), tensors.get(tensors.size() - 1));
                }
                if (gradY != null) {
                    tensors.add(tensor(c.gradY()));
                    runner.feed(gradY, tensors.get(tensors.size() - 1));
                }
                runner.fetch(y);
                for (Output<?> g : gradients) {
                    runner.fetch(g);
                }
                try (Result result = runner.run()) {
                    var grads = new ArrayList<float[]>();
                    for (int k = 0; k < gradients.length; k++) {
                        grads.add(read((TFloat32) result.get(k + 1)));
                    }
                    return new LayerOutputs(read((TFloat32) result.get(0)), grads);
                }
            } finally {
                tensors.forEach(TFloat32::close);
            }
        }
    }

    private Operand<TFloat32> op(Ops tf, List<Placeholder<TFloat32>> in) {
        return switch (exercise) {
            case "relu" -> tf.nn.relu(in.get(0));
            case "sigmoid" -> tf.math.sigmoid(in.get(0));
            case "tanh" -> tf.math.tanh(in.get(0));
            case "softmax-cross-entropy" -> tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(in.get(0), in.get(1)).loss(), tf.constant(0));
            case "dense" -> tf.math.add(tf.linalg.matMul(in.get(0), in.get(1)), in.get(2));
            default -> throw new IllegalArgumentException("no TensorFlow op for " + exercise);
        };
    }

    private static Shape shape(LayerArray a) {
        long[] dims = new long[a.shape().length];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = a.shape()[i];
        }
        return Shape.of(dims);
    }

    private static TFloat32 tensor(LayerArray a) {
        return TFloat32.tensorOf(shape(a), DataBuffers.of(a.values(), true, false));
    }

    private static float[] read(TFloat32 tensor) {
        float[] values = new float[(int) tensor.shape().size()];
        tensor.asRawTensor().data().asFloats().read(values);
        return values;
    }
}
