package optlab.bench.dl4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import optlab.bench.Peer;
import optlab.bench.PeerLibrary;
import optlab.spec.Activation;
import optlab.spec.LayerSpec;
import optlab.spec.Loss;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.train.Weights;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** DL4J's MultiLayerNetwork, the Java library users would otherwise pick, on the bench's dense ReLU networks. */
public final class Dl4jLibrary implements PeerLibrary {

    @Override
    public String name() {
        return "dl4j";
    }

    /** From the jar's Maven metadata: DL4J's manifest carries no version. */
    @Override
    public String version() {
        var pom = new Properties();
        try (InputStream in = MultiLayerNetwork.class.getResourceAsStream("/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "DL4J " + pom.getProperty("version", "(version unknown)");
    }

    /** Dense layers with biases and ReLU, tanh, sigmoid or no activation, a linear last layer, softmax cross-entropy, no penalty. */
    @Override
    public boolean supports(ModelSpec model) {
        if (model.loss() != Loss.CROSS_ENTROPY || model.l2() != 0) {
            return false;
        }
        var stages = ModelLayout.of(model).stages();
        for (int i = 0; i < stages.size(); i++) {
            if (!(stages.get(i).layer() instanceof LayerSpec.Dense dense) || !dense.hasBias()
                    || !Dl4jPeer.ACTIVATIONS.containsKey(dense.activation())
                    || i == stages.size() - 1 && dense.activation() != Activation.LINEAR) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Peer create(ModelSpec model, Weights initial, double learningRate) {
        return new Dl4jPeer(ModelLayout.of(model), initial, learningRate);
    }
}
