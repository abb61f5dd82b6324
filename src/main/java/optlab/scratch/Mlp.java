package optlab.scratch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import optlab.scratch.activation.ActivationFunction;
import optlab.spec.ModelSpec;
import optlab.train.DenseParams;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The hand-written network: dense layers with one hidden activation, softmax on top, trained on
 * the objective of its {@link ModelSpec} (cross-entropy or MSE, plus the L2 penalty of the
 * kernels), with backprop written out layer by layer. Buffers for each batch size are allocated
 * once and reused, so a training step allocates nothing.
 */
public final class Mlp {

    private final List<DenseLayer> layers = new ArrayList<>();
    private final ActivationFunction activation;
    private final SoftmaxLoss loss;
    private final L2Penalty penalty;
    /** The weights of every layer, the parameters the penalty decays. */
    private final List<Parameter> kernels;
    private final DataType dtype;
    private final Map<Integer, Workspace> workspaces = new HashMap<>();
    private Workspace last;

    /** The given starting weights (which set the widths) with the model's activation, loss and l2. */
    public Mlp(List<DenseParams> initial, ModelSpec model, DataType dtype) {
        this.activation = ActivationFunction.of(model.activation(), model.leakyAlpha());
        this.loss = SoftmaxLoss.of(model.loss());
        this.penalty = new L2Penalty(model.l2());
        this.dtype = dtype;
        for (int l = 0; l < initial.size(); l++) {
            layers.add(new DenseLayer(initial.get(l), dtype, l));
        }
        kernels = layers.stream().map(layer -> layer.weights).toList();
    }

    public int inputs() {
        return layers.get(0).inputs;
    }

    public int classes() {
        return layers.get(layers.size() - 1).outputs;
    }

    /** Weights and biases, layer by layer, in the order the optimizer sees them. */
    public List<Parameter> parameters() {
        var params = new ArrayList<Parameter>();
        for (DenseLayer layer : layers) {
            params.add(layer.weights);
            params.add(layer.bias);
        }
        return params;
    }

    public List<DenseParams> snapshot() {
        return layers.stream().map(DenseLayer::snapshot).toList();
    }

    /**
     * Forward pass over {@code rows} rows of {@code x} (row-major, at least rows x inputs values).
     *
     * @return the class probabilities, a buffer owned by this network and overwritten by the next call
     */
    public INDArray forward(float[] x, int rows) {
        Workspace ws = workspaces.computeIfAbsent(rows, Workspace::new);
        last = ws;
        copyRows(x, rows * inputs(), ws.input);
        INDArray a = ws.input;
        for (int l = 0; l < layers.size(); l++) {
            layers.get(l).forward(a, ws.z[l], rows);
            if (l < layers.size() - 1) {
                applyActivation(ws.z[l], ws.a[l], rows * layers.get(l).outputs);
                a = ws.a[l];
            }
        }
        Softmax.apply(ws.z[layers.size() - 1], ws.probabilities, rows, classes());
        return ws.probabilities;
    }

    /** The objective at the last forward pass: the mean loss against {@code labels} plus the L2 penalty of the kernels. */
    public double loss(int[] labels) {
        return loss.loss(last.probabilities, labels, last.rows, classes()) + penalty.value(kernels);
    }

    /** Backprop from the last forward pass: fills every parameter's gradient of the objective. */
    public void backward(int[] labels) {
        Workspace ws = last;
        int top = layers.size() - 1;
        loss.gradient(ws.probabilities, labels, ws.delta[top], ws.rows, classes());
        for (int l = top; l >= 0; l--) {
            INDArray input = l == 0 ? ws.input : ws.a[l - 1];
            INDArray inputGradient = l == 0 ? null : ws.delta[l - 1];
            layers.get(l).backward(input, ws.delta[l], inputGradient, ws.rows);
            if (l > 0) {
                applyActivationDerivative(ws.z[l - 1], ws.a[l - 1], ws.delta[l - 1], ws.rows * layers.get(l - 1).outputs);
            }
        }
        penalty.addGradient(kernels);
    }

    private static void copyRows(float[] x, int count, INDArray target) {
        if (target.dataType() == DataType.FLOAT) {
            target.data().asNioFloat().put(x, 0, count);
        } else {
            DataBuffer b = target.data();
            for (int i = 0; i < count; i++) {
                b.put(i, x[i]);
            }
        }
    }

    private void applyActivation(INDArray z, INDArray a, int n) {
        DataBuffer zb = z.data();
        DataBuffer ab = a.data();
        for (int i = 0; i < n; i++) {
            ab.put(i, activation.apply(zb.getDouble(i)));
        }
    }

    /** gradient *= f'(z), turning dL/da into dL/dz in place. */
    private void applyActivationDerivative(INDArray z, INDArray a, INDArray gradient, int n) {
        DataBuffer zb = z.data();
        DataBuffer ab = a.data();
        DataBuffer gb = gradient.data();
        for (int i = 0; i < n; i++) {
            gb.put(i, gb.getDouble(i) * activation.derivative(zb.getDouble(i), ab.getDouble(i)));
        }
    }

    /** Per-batch-size buffers: pre-activations z, activations a and gradients dL/dz for every layer. */
    private final class Workspace {
        final int rows;
        final INDArray input;
        final INDArray[] z;
        final INDArray[] a;
        final INDArray[] delta;
        final INDArray probabilities;

        Workspace(int rows) {
            this.rows = rows;
            input = Nd4j.create(dtype, rows, inputs());
            z = new INDArray[layers.size()];
            a = new INDArray[layers.size()];
            delta = new INDArray[layers.size()];
            for (int l = 0; l < layers.size(); l++) {
                z[l] = Nd4j.create(dtype, rows, layers.get(l).outputs);
                a[l] = Nd4j.create(dtype, rows, layers.get(l).outputs);
                delta[l] = Nd4j.create(dtype, rows, layers.get(l).outputs);
            }
            probabilities = Nd4j.create(dtype, rows, classes());
        }
    }
}
