package optlab.bench;

import optlab.train.Batch;

/** Another library's network, trained by {@code optlab bench} beside the two trainers on the same batches. */
public interface Peer extends AutoCloseable {

    /** One training step on the batch, plain SGD at the rate the peer was made with. */
    void step(Batch batch);

    @Override
    void close();
}
