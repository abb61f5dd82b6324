package optlab.tf;

import java.util.ArrayList;
import java.util.List;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.train.Batch;
import optlab.train.DenseParams;
import optlab.train.LockstepTrainer;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;

/**
 * The network as a TFloat64 graph with the same TensorFlow optimizers, for float64 lockstep
 * validation: the float32 initial weights and inputs are widened exactly, the learning rate is fed
 * in double. Training uses the float32 {@link TensorFlowTrainer}.
 */
public final class Float64TensorFlowTrainer implements LockstepTrainer {

    private final TrainingGraph<TFloat64> graph;

    public Float64TensorFlowTrainer(ModelSpec model, OptimizerSpec optimizer, List<DenseParams> initial, int threads) {
        graph = new TrainingGraph<>(model, optimizer, initial, threads, TFloat64.class);
    }

    @Override
    public double[] step(Batch batch, double rate) {
        try (TFloat64 x = features(batch);
             TFloat64 lr = TFloat64.scalarOf(rate);
             TInt32 y = TrainingGraph.labels(batch);
             Result result = graph.step(x, y, lr).run()) {
            return read((TFloat64) result.get(0));
        }
    }

    @Override
    public List<double[]> gradients(Batch batch) {
        try (TFloat64 x = features(batch);
             TInt32 y = TrainingGraph.labels(batch)) {
            return readAll(graph.gradients(x, y), 2 * graph.layers());
        }
    }

    @Override
    public List<double[]> parameters() {
        return readAll(graph.parameters(), 2 * graph.layers());
    }

    private static List<double[]> readAll(Session.Runner runner, int count) {
        var tensors = new ArrayList<double[]>();
        try (Result result = runner.run()) {
            for (int i = 0; i < count; i++) {
                tensors.add(read((TFloat64) result.get(i)));
            }
        }
        return tensors;
    }

    private static TFloat64 features(Batch batch) {
        double[] values = LockstepTrainer.widen(batch.x(), batch.size() * batch.features());
        return TFloat64.tensorOf(Shape.of(batch.size(), batch.features()), DataBuffers.of(values, true, false));
    }

    private static double[] read(TFloat64 tensor) {
        double[] values = new double[(int) tensor.size()];
        tensor.asRawTensor().data().asDoubles().read(values);
        return values;
    }

    @Override
    public void close() {
        graph.close();
    }
}
