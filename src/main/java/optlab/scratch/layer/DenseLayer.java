package optlab.scratch.layer;

import java.util.List;
import optlab.scratch.Parameter;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * z = a W + b for a batch of rows a; backward gives dW = a^T dz, db = column sums of dz, da = dz W^T.
 * Without a bias (null), z = a W.
 */
public final class DenseLayer implements Layer {

    private record Buffers(INDArray z, INDArray inputGradient) {
    }

    private final Parameter kernel;
    private final Bias bias;
    private final int inputs;
    private final int units;
    private final PerRows<Buffers> buffers;
    private INDArray lastInput;

    /** @param kernel inputs x units; @param bias 1 x units, or null for none */
    public DenseLayer(Parameter kernel, Parameter bias) {
        this.kernel = kernel;
        this.bias = bias == null ? null : new Bias(bias);
        inputs = (int) kernel.value().size(0);
        units = (int) kernel.value().size(1);
        DataType dtype = kernel.value().dataType();
        buffers = new PerRows<>(rows -> new Buffers(Nd4j.create(dtype, rows, units), Nd4j.create(dtype, rows, inputs)));
    }

    @Override
    public List<Parameter> parameters() {
        return bias == null ? List.of(kernel) : List.of(kernel, bias.parameter());
    }

    @Override
    public INDArray forward(INDArray input, int rows, List<float[]> dropoutMasks) {
        lastInput = input;
        INDArray z = buffers.get(rows).z();
        Gemm.product(input, false, kernel.value(), false, z);
        if (bias != null) {
            bias.addTo(z, rows);
        }
        return z;
    }

    @Override
    public INDArray backward(INDArray dz, int rows, boolean inputGradient) {
        Gemm.product(lastInput, true, dz, false, kernel.gradient());
        if (bias != null) {
            bias.gradient(dz, rows);
        }
        if (!inputGradient) {
            return null;
        }
        INDArray da = buffers.get(rows).inputGradient();
        Gemm.product(dz, false, kernel.value(), true, da);
        return da;
    }
}
