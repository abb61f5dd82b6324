package optlab.tf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import optlab.train.Batch;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The float32 tensors a training step feeds (inputs, labels, dropout masks, learning rate), made
 * once per batch size and overwritten at each step, so a step allocates no tensor of its own.
 * Session.run reads them and keeps no reference, so the next step may overwrite them.
 */
final class StepTensors implements AutoCloseable {

    record Fed(TFloat32 x, TInt32 y, List<TFloat32> masks, TFloat32 rate) {
    }

    private final NetworkGraph<TFloat32> net;
    private final Map<Integer, Fed> bySize = new HashMap<>();
    private final TFloat32 rate = TFloat32.scalarOf(0f);

    StepTensors(NetworkGraph<TFloat32> net) {
        this.net = net;
    }

    /** The batch's values in this size's tensors, and {@code learningRate}. */
    Fed fill(Batch batch, float learningRate) {
        Fed fed = bySize.computeIfAbsent(batch.size(), this::make);
        fed.x().asRawTensor().data().asFloats().write(batch.x(), 0, batch.size() * batch.features());
        fed.y().asRawTensor().data().asInts().write(batch.labels(), 0, batch.size());
        for (int j = 0; j < fed.masks().size(); j++) {
            TFloat32 mask = fed.masks().get(j);
            mask.asRawTensor().data().asFloats().write(batch.dropoutMasks().get(j), 0, (int) mask.shape().size());
        }
        rate.setFloat(learningRate);
        return fed;
    }

    private Fed make(int rows) {
        var masks = new ArrayList<TFloat32>();
        net.dropoutMasks.forEach(m -> masks.add(TFloat32.tensorOf(m.shape().tail().prepend(rows))));
        return new Fed(TFloat32.tensorOf(Shape.of(rows, net.input.shape().size(1))), TInt32.tensorOf(Shape.of(rows)), masks, rate);
    }

    @Override
    public void close() {
        for (Fed fed : bySize.values()) {
            fed.x().close();
            fed.y().close();
            fed.masks().forEach(Tensor::close);
        }
        rate.close();
    }
}
