package optlab.tf;

import java.util.ArrayList;
import java.util.List;
import optlab.train.DenseParams;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TFloating;

/**
 * Writes given weights into the network's variables: one float32 placeholder and one assign op
 * (casting to the variables' type) per variable, built once with the graph, so loading adds
 * nothing to the graph.
 */
final class WeightLoader {

    private final List<Placeholder<TFloat32>> values = new ArrayList<>();
    private final List<Op> assigns = new ArrayList<>();

    <T extends TFloating> WeightLoader(Graph graph, MlpGraph<T> net) {
        Ops tf = Ops.create(graph);
        for (int l = 0; l < net.weights.size(); l++) {
            add(tf, net.weights.get(l), "load_dense" + l + "_kernel");
            add(tf, net.biases.get(l), "load_dense" + l + "_bias");
        }
    }

    private <T extends TFloating> void add(Ops tf, Variable<T> variable, String name) {
        Placeholder<TFloat32> value = tf.withName(name).placeholder(TFloat32.class, Placeholder.shape(variable.shape()));
        values.add(value);
        assigns.add(tf.assign(variable, tf.dtypes.cast(value, variable.type())));
    }

    /** Assigns {@code weights}, whose shapes the caller has checked, in one session run. */
    void load(Session session, List<DenseParams> weights) {
        var tensors = new ArrayList<TFloat32>();
        try {
            var runner = session.runner();
            for (int l = 0; l < weights.size(); l++) {
                DenseParams p = weights.get(l);
                feed(runner, 2 * l, Shape.of(p.inputs(), p.outputs()), p.weights(), tensors);
                feed(runner, 2 * l + 1, Shape.of(p.outputs()), p.bias(), tensors);
            }
            runner.run().close();
        } finally {
            tensors.forEach(TFloat32::close);
        }
    }

    private void feed(Session.Runner runner, int index, Shape shape, float[] data, List<TFloat32> tensors) {
        TFloat32 tensor = TFloat32.tensorOf(shape, DataBuffers.of(data, true, false));
        tensors.add(tensor);
        runner.feed(values.get(index), tensor).addTarget(assigns.get(index));
    }
}
