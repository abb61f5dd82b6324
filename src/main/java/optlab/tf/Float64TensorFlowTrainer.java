package optlab.tf;

import optlab.spec.Device;
import java.util.ArrayList;
import java.util.List;
import optlab.spec.ModelSpec;
import optlab.spec.OptimizerSpec;
import optlab.train.Batch;
import optlab.train.LockstepTrainer;
import optlab.train.Weights;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;

/**
 * The network as a TFloat64 graph with the same TensorFlow optimizers, for float64 lockstep
 * validation: the float32 initial weights, inputs and dropout masks are widened exactly, the
 * learning rate is fed in double. Training uses the float32 {@link TensorFlowTrainer}.
 */
public final class Float64TensorFlowTrainer implements LockstepTrainer {

    private final TrainingGraph<TFloat64> graph;

    /** On the CPU. */
    public Float64TensorFlowTrainer(ModelSpec model, OptimizerSpec optimizer, Weights initial, int threads) {
        this(model, optimizer, initial, threads, Device.CPU);
    }

    public Float64TensorFlowTrainer(ModelSpec model, OptimizerSpec optimizer, Weights initial, int threads, Device device) {
        graph = new TrainingGraph<>(model, optimizer, initial, threads, device, TFloat64.class);
    }

    @Override
    public double[] step(Batch batch, double rate) {
        List<TFloat64> masks = graph.masks(batch, Float64TensorFlowTrainer::tensor);
        try (TFloat64 x = tensor(batch.x(), Shape.of(batch.size(), batch.features()));
             TFloat64 lr = TFloat64.scalarOf(rate);
             TInt32 y = TrainingGraph.labels(batch);
             Result result = graph.step(x, y, masks, lr).run()) {
            return read((TFloat64) result.get(0));
        } finally {
            TrainingGraph.closeAll(masks);
        }
    }

    @Override
    public List<double[]> gradients(Batch batch) {
        List<TFloat64> masks = graph.masks(batch, Float64TensorFlowTrainer::tensor);
        try (TFloat64 x = tensor(batch.x(), Shape.of(batch.size(), batch.features()));
             TInt32 y = TrainingGraph.labels(batch)) {
            return readAll(graph.gradients(x, y, masks));
        } finally {
            TrainingGraph.closeAll(masks);
        }
    }

    @Override
    public List<double[]> parameters() {
        return readAll(graph.parameters());
    }

    private List<double[]> readAll(Session.Runner runner) {
        var tensors = new ArrayList<double[]>();
        try (Result result = runner.run()) {
            for (int i = 0; i < graph.parameterCount(); i++) {
                tensors.add(read((TFloat64) result.get(i)));
            }
        }
        return tensors;
    }

    /** The first shape.size() float32 values, widened exactly. */
    private static TFloat64 tensor(float[] values, Shape shape) {
        return TFloat64.tensorOf(shape, DataBuffers.of(LockstepTrainer.widen(values, (int) shape.size()), true, false));
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
