package optlab.scratch.layer;

import java.nio.FloatBuffer;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout: in training y = x * mask with the step's mask (0, or 1 / (1 - rate) for a kept
 * unit; drawn in Java, see {@code train.DropoutMasks}), so backward is dx = dy * mask; at
 * evaluation y = x.
 */
public final class DropoutLayer implements Layer {

    private record Buffers(INDArray y, INDArray dx) {
    }

    private final int maskIndex;
    private final int units;
    private final PerRows<Buffers> buffers;
    private float[] lastMask;

    /** @param maskIndex which of the batch's masks is this layer's: its place among the model's dropout layers */
    public DropoutLayer(int maskIndex, int units, DataType dtype) {
        this.maskIndex = maskIndex;
        this.units = units;
        buffers = new PerRows<>(rows -> new Buffers(Nd4j.create(dtype, rows, units), Nd4j.create(dtype, rows, units)));
    }

    @Override
    public INDArray forward(INDArray x, int rows, List<float[]> dropoutMasks) {
        if (dropoutMasks == null) {
            return x;
        }
        lastMask = dropoutMasks.get(maskIndex);
        INDArray y = buffers.get(rows).y();
        multiply(x, lastMask, y, rows * units);
        return y;
    }

    @Override
    public INDArray backward(INDArray dy, int rows, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        INDArray dx = buffers.get(rows).dx();
        multiply(dy, lastMask, dx, rows * units);
        return dx;
    }

    private static void multiply(INDArray a, float[] mask, INDArray out, int n) {
        if (a.dataType() == DataType.FLOAT) {
            FloatBuffer av = a.data().asNioFloat();
            FloatBuffer ov = out.data().asNioFloat();
            for (int i = 0; i < n; i++) {
                ov.put(i, av.get(i) * mask[i]);
            }
        } else {
            Values av = Values.of(a);
            Values ov = Values.of(out);
            for (int i = 0; i < n; i++) {
                ov.set(i, av.get(i) * mask[i]);
            }
        }
    }
}
