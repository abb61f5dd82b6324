package optlab.scratch;

import java.util.ArrayList;
import java.util.List;
import optlab.scratch.activation.ActivationFunction;
import optlab.scratch.layer.ActivationLayer;
import optlab.scratch.layer.Conv2dLayer;
import optlab.scratch.layer.DenseLayer;
import optlab.scratch.layer.DropoutLayer;
import optlab.scratch.layer.FlattenLayer;
import optlab.scratch.layer.Layer;
import optlab.scratch.layer.MaxPool2dLayer;
import optlab.scratch.layer.PerRows;
import optlab.spec.Activation;
import optlab.spec.L2Form;
import optlab.spec.LayerSpec;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.train.NamedTensor;
import optlab.train.Weights;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The hand-written network: the model's layer stack ({@code scratch.layer}, one class per kind,
 * an activation as a layer of its own), softmax on top, trained on the objective of its
 * {@link ModelSpec} (cross-entropy or MSE, plus the L2 penalty of the kernels or of every parameter), with backprop
 * written out layer by layer. Buffers for each batch size are allocated once and reused.
 */
public final class Network {

    private record Buffers(INDArray input, INDArray probabilities, INDArray logitGradient) {
    }

    private final List<Layer> layers = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<ModelLayout.TensorSpec> shapes;
    /** The kernels, the parameters Keras' penalty decays. */
    private final List<Parameter> kernels = new ArrayList<>();
    /** The parameters the model's penalty decays: the kernels, or every parameter in the notebook's form. */
    private final List<Parameter> decayed;
    private final Softmax softmax;
    private final SoftmaxLoss loss;
    private final L2Penalty penalty;
    private final DataType dtype;
    private final int inputs;
    private final int classes;
    private final PerRows<Buffers> buffers;
    private Buffers last;
    private int lastRows;

    /** The model's layers with the given starting weights, computing in {@code dtype} (FLOAT or DOUBLE). */
    public Network(ModelSpec model, Weights initial, DataType dtype) {
        ModelLayout layout = ModelLayout.of(model);
        this.dtype = dtype;
        this.shapes = layout.parameters();
        this.loss = SoftmaxLoss.of(model.loss());
        this.softmax = new Softmax(layout.classes());
        this.penalty = new L2Penalty(model.l2());
        this.inputs = layout.features();
        this.classes = layout.classes();
        buffers = new PerRows<>(rows -> new Buffers(Nd4j.create(dtype, rows, inputs), Nd4j.create(dtype, rows, classes),
                Nd4j.create(dtype, rows, classes)));
        initial.requireLayout(layout);
        int dropouts = 0;
        for (ModelLayout.Stage stage : layout.stages()) {
            LayerSpec spec = stage.layer();
            if (spec instanceof LayerSpec.Dense dense) {
                layers.add(new DenseLayer(kernel(stage, initial), dense.hasBias() ? bias(stage, initial) : null));
                addActivation(dense.activation(), model, stage.outSize());
            } else if (spec instanceof LayerSpec.Conv2d conv) {
                layers.add(new Conv2dLayer(conv, stage.in(), kernel(stage, initial), bias(stage, initial)));
                addActivation(conv.activation(), model, stage.outSize());
            } else if (spec instanceof LayerSpec.MaxPool2d pool) {
                layers.add(new MaxPool2dLayer(pool, stage.in(), dtype));
            } else if (spec instanceof LayerSpec.Dropout) {
                layers.add(new DropoutLayer(dropouts++, stage.inSize(), dtype));
            } else {
                layers.add(new FlattenLayer());
            }
        }
        decayed = model.l2Form() == L2Form.GRADIENT ? parameters : kernels;
    }

    /** A kernel as the matrix its layer multiplies by: inputs x units, or (kh kw cin) x filters. */
    private Parameter kernel(ModelLayout.Stage stage, Weights initial) {
        ModelLayout.TensorSpec spec = stage.parameters().get(0);
        List<Integer> shape = spec.shape();
        int units = shape.get(shape.size() - 1);
        Parameter p = parameter(initial.get(spec.name()), spec.size() / units, units);
        kernels.add(p);
        return p;
    }

    private Parameter bias(ModelLayout.Stage stage, Weights initial) {
        ModelLayout.TensorSpec spec = stage.parameters().get(1);
        return parameter(initial.get(spec.name()), 1, spec.size());
    }

    private Parameter parameter(NamedTensor initial, int rows, int columns) {
        INDArray value = Nd4j.create(initial.values(), new long[] {rows, columns}, 'c').castTo(dtype);
        var p = new Parameter(initial.name(), value, Nd4j.zeros(dtype, rows, columns));
        parameters.add(p);
        return p;
    }

    private void addActivation(Activation activation, ModelSpec model, int units) {
        if (activation != Activation.LINEAR) {
            layers.add(new ActivationLayer(ActivationFunction.of(activation, model.leakyAlpha()), units, dtype));
        }
    }

    public int inputs() {
        return inputs;
    }

    public int classes() {
        return classes;
    }

    /** Every parameter in the model's order (kernel before bias, layer by layer), as the optimizer sees them. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The weights as named tensors in their model shapes, narrowed to float. */
    public Weights snapshot() {
        var tensors = new ArrayList<NamedTensor>();
        for (int i = 0; i < parameters.size(); i++) {
            tensors.add(new NamedTensor(shapes.get(i).name(), shapes.get(i).shape(), parameters.get(i).value().data().asFloat()));
        }
        return new Weights(tensors);
    }

    /** The gradients of the last backward pass, named and shaped like the weights, narrowed to float. */
    public Weights gradients() {
        var tensors = new ArrayList<NamedTensor>();
        for (int i = 0; i < parameters.size(); i++) {
            tensors.add(new NamedTensor(shapes.get(i).name(), shapes.get(i).shape(), parameters.get(i).gradient().data().asFloat()));
        }
        return new Weights(tensors);
    }

    /**
     * Forward pass over {@code rows} rows of {@code x} (row-major, at least rows x inputs values).
     *
     * @param dropoutMasks the step's dropout masks in training; null at evaluation, where nothing is dropped
     * @return the class probabilities, a buffer owned by this network and overwritten by the next call
     */
    public INDArray forward(float[] x, int rows, List<float[]> dropoutMasks) {
        last = buffers.get(rows);
        lastRows = rows;
        copyRows(x, rows * inputs, last.input());
        INDArray a = last.input();
        for (Layer layer : layers) {
            a = layer.forward(a, rows, dropoutMasks);
        }
        softmax.apply(a, last.probabilities(), rows);
        return last.probabilities();
    }

    /** The objective at the last forward pass: the mean loss against {@code labels} plus the L2 penalty. */
    public double loss(int[] labels) {
        return loss.loss(last.probabilities(), labels, lastRows, classes) + penalty.value(decayed);
    }

    /** Backprop from the last forward pass: fills every parameter's gradient of the objective. */
    public void backward(int[] labels) {
        loss.gradient(last.probabilities(), labels, last.logitGradient(), lastRows, classes);
        INDArray gradient = last.logitGradient();
        for (int l = layers.size() - 1; l >= 0; l--) {
            gradient = layers.get(l).backward(gradient, lastRows, l > 0);
        }
        penalty.addGradient(decayed);
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
}
