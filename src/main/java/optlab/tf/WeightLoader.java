package optlab.tf;

import java.util.ArrayList;
import java.util.List;
import optlab.tf.layer.GraphVariables;
import optlab.train.NamedTensor;
import optlab.train.Weights;
import org.tensorflow.Graph;
import org.tensorflow.Session;
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

    <T extends TFloating> WeightLoader(Graph graph, List<Variable<T>> variables) {
        Ops tf = Ops.create(graph);
        for (Variable<T> variable : variables) {
            Placeholder<TFloat32> value = tf.withName("load_" + variable.op().name())
                    .placeholder(TFloat32.class, Placeholder.shape(variable.shape()));
            values.add(value);
            assigns.add(tf.assign(variable, tf.dtypes.cast(value, variable.type())));
        }
    }

    /** Assigns {@code weights}, whose names and shapes the caller has checked, in one session run. */
    void load(Session session, Weights weights) {
        var tensors = new ArrayList<TFloat32>();
        try {
            var runner = session.runner();
            for (int i = 0; i < weights.tensors().size(); i++) {
                NamedTensor t = weights.tensors().get(i);
                TFloat32 tensor = TFloat32.tensorOf(GraphVariables.shape(t.shape()), DataBuffers.of(t.values(), true, false));
                tensors.add(tensor);
                runner.feed(values.get(i), tensor).addTarget(assigns.get(i));
            }
            runner.run().close();
        } finally {
            tensors.forEach(TFloat32::close);
        }
    }
}
