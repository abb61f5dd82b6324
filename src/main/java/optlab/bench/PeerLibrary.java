package optlab.bench;

import java.util.Optional;
import java.util.ServiceLoader;
import optlab.spec.ModelSpec;
import optlab.train.Weights;

/**
 * A Java library that {@code optlab bench} can time as a third column. Implementations live behind
 * a Maven profile (DL4J: {@code src/dl4j}, {@code OPTLAB_PROFILE=dl4j}) and are found with
 * {@link ServiceLoader}, so the default build has none and its bench prints two columns.
 */
public interface PeerLibrary {

    /** The column's short name, e.g. "dl4j". */
    String name();

    /** The library and its version, for the bench's provenance lines. */
    String version();

    /** Whether the library can build this network the way the trainers do; bench leaves the column empty otherwise. */
    boolean supports(ModelSpec model);

    /** The network with these starting weights, training with plain SGD at {@code learningRate}. */
    Peer create(ModelSpec model, Weights initial, double learningRate);

    /** The peer built into this class path, if any. */
    static Optional<PeerLibrary> installed() {
        return ServiceLoader.load(PeerLibrary.class).findFirst();
    }
}
