package optlab.bench.dl4j;

import java.util.Map;
import java.util.stream.IntStream;
import optlab.bench.Peer;
import optlab.spec.Activation;
import optlab.spec.LayerSpec;
import optlab.spec.ModelLayout;
import optlab.train.Batch;
import optlab.train.NamedTensor;
import optlab.train.Weights;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The bench's network as a DL4J MultiLayerNetwork: dense layers, the last one softmax with
 * cross-entropy (MCXENT), plain SGD, float32, the trainers' starting weights. A step copies the
 * batch into arrays made once per batch size, as the scratch trainer does, and calls {@code fit}.
 */
final class Dl4jPeer implements Peer {

    static final Map<Activation, org.nd4j.linalg.activations.Activation> ACTIVATIONS = Map.of(
            Activation.RELU, org.nd4j.linalg.activations.Activation.RELU,
            Activation.TANH, org.nd4j.linalg.activations.Activation.TANH,
            Activation.SIGMOID, org.nd4j.linalg.activations.Activation.SIGMOID,
            Activation.LINEAR, org.nd4j.linalg.activations.Activation.IDENTITY);

    private final MultiLayerNetwork net;
    private final int features;
    private final int classes;
    private INDArray x;
    private INDArray y;

    Dl4jPeer(ModelLayout layout, Weights initial, double learningRate) {
        features = layout.features();
        classes = layout.classes();
        var list = new NeuralNetConfiguration.Builder().seed(42).updater(new Sgd(learningRate)).dataType(DataType.FLOAT).list();
        var stages = layout.stages();
        for (int i = 0; i < stages.size(); i++) {
            var stage = stages.get(i);
            var dense = (LayerSpec.Dense) stage.layer();
            list.layer(i == stages.size() - 1
                    ? new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(stage.inSize()).nOut(stage.outSize())
                            .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).build()
                    : new DenseLayer.Builder().nIn(stage.inSize()).nOut(stage.outSize()).activation(ACTIVATIONS.get(dense.activation())).build());
        }
        MultiLayerConfiguration conf = list.build();
        net = new MultiLayerNetwork(conf);
        net.init();
        for (int i = 0; i < stages.size(); i++) {
            NamedTensor kernel = initial.get(stages.get(i).parameters().get(0).name());
            NamedTensor bias = initial.get(stages.get(i).parameters().get(1).name());
            net.setParam(i + "_W", Nd4j.create(kernel.values(), new long[] {stages.get(i).inSize(), stages.get(i).outSize()}, 'c'));
            net.setParam(i + "_b", Nd4j.create(bias.values(), new long[] {1, stages.get(i).outSize()}, 'c'));
        }
    }

    @Override
    public void step(Batch batch) {
        if (x == null || x.size(0) != batch.size()) {
            x = Nd4j.create(DataType.FLOAT, batch.size(), features);
            y = Nd4j.create(DataType.FLOAT, batch.size(), classes);
        }
        x.data().asNioFloat().put(0, batch.x(), 0, batch.size() * features);
        y.assign(0);
        IntStream.range(0, batch.size()).forEach(r -> y.putScalar(r, batch.labels()[r], 1f));
        net.fit(x, y);
    }

    /** A parameter's values row-major in the trainers' shape: "0_W" is the first kernel, inputs x units. */
    float[] parameter(String key) {
        return net.getParam(key).dup('c').data().asFloat();
    }

    @Override
    public void close() {
        // DL4J's arrays are released by the garbage collector.
    }
}
