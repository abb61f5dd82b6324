package optlab.scratch.layer;

import java.util.List;
import optlab.scratch.Parameter;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** z = a W + b for a batch of rows a; backward gives dW = a^T dz, db = column sums of dz, da = dz W^T. */
public final class DenseLayer implements Layer {

    private record Buffers(INDArray z, INDArray inputGradient) {
    }

    private final Parameter kernel;
    private final Parameter bias;
    private final int inputs;
    private final int units;
    private final PerRows<Buffers> buffers;
    private INDArray lastInput;

    /** @param kernel inputs x units; @param bias 1 x units */
    public DenseLayer(Parameter kernel, Parameter bias) {
        this.kernel = kernel;
        this.bias = bias;
        inputs = (int) kernel.value().size(0);
        units = (int) kernel.value().size(1);
        DataType dtype = kernel.value().dataType();
        buffers = new PerRows<>(rows -> new Buffers(Nd4j.create(dtype, rows, units), Nd4j.create(dtype, rows, inputs)));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(kernel, bias);
    }

    @Override
    public INDArray forward(INDArray input, int rows, List<float[]> dropoutMasks) {
        lastInput = input;
        INDArray z = buffers.get(rows).z();
        Gemm.product(input, false, kernel.value(), false, z);
        addRowVector(z, bias.value(), rows, units);
        return z;
    }

    @Override
    public INDArray backward(INDArray dz, int rows, boolean inputGradient) {
        Gemm.product(lastInput, true, dz, false, kernel.gradient());
        columnSums(dz, bias.gradient(), rows, units);
        if (!inputGradient) {
            return null;
        }
        INDArray da = buffers.get(rows).inputGradient();
        Gemm.product(dz, false, kernel.value(), true, da);
        return da;
    }

    /**
     * z[r][c] += b[c] for every row: the bias add of a dense or conv layer, as ND4J's in-place
     * broadcast (one IEEE addition per element, as an element loop would do, at native speed: the
     * conv layer adds its bias to 43,264 rows a batch).
     */
    static void addRowVector(INDArray z, INDArray b, int rows, int columns) {
        if (z.rows() != rows || z.columns() != columns) {
            throw new IllegalArgumentException("bias add of " + rows + " x " + columns + " into " + java.util.Arrays.toString(z.shape()));
        }
        z.addiRowVector(b);
    }

    /** db[c] = sum over rows of dz[r][c], summed in double row by row: the bias gradient of a dense or conv layer. */
    static void columnSums(INDArray dz, INDArray db, int rows, int columns) {
        Values dzv = Values.of(dz);
        double[] sums = new double[columns];
        for (int r = 0; r < rows; r++) {
            int row = r * columns;
            for (int c = 0; c < columns; c++) {
                sums[c] += dzv.get(row + c);
            }
        }
        Values dbv = Values.of(db);
        for (int c = 0; c < columns; c++) {
            dbv.set(c, sums[c]);
        }
    }
}
