package optlab.scratch.layer;

import java.util.List;
import optlab.scratch.activation.ActivationFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** a = f(z) element by element; backward gives dL/dz = dL/da * f'(z). Float32 goes through the function's own loops. */
public final class ActivationLayer implements Layer {

    private record Buffers(INDArray a, INDArray dz) {
    }

    private final ActivationFunction f;
    private final int units;
    private final PerRows<Buffers> buffers;
    private INDArray lastZ;
    private INDArray lastA;

    public ActivationLayer(ActivationFunction f, int units, DataType dtype) {
        this.f = f;
        this.units = units;
        buffers = new PerRows<>(rows -> new Buffers(Nd4j.create(dtype, rows, units), Nd4j.create(dtype, rows, units)));
    }

    @Override
    public INDArray forward(INDArray z, int rows, List<float[]> dropoutMasks) {
        INDArray a = buffers.get(rows).a();
        int n = rows * units;
        if (a.dataType() == DataType.FLOAT) {
            f.apply(z.data().asNioFloat(), a.data().asNioFloat(), n);
        } else {
            Values zv = Values.of(z);
            Values av = Values.of(a);
            for (int i = 0; i < n; i++) {
                av.set(i, f.apply(zv.get(i)));
            }
        }
        lastZ = z;
        lastA = a;
        return a;
    }

    @Override
    public INDArray backward(INDArray da, int rows, boolean inputGradient) {
        INDArray dz = buffers.get(rows).dz();
        int n = rows * units;
        if (dz.dataType() == DataType.FLOAT) {
            f.backward(lastZ.data().asNioFloat(), lastA.data().asNioFloat(), da.data().asNioFloat(), dz.data().asNioFloat(), n);
        } else {
            Values zv = Values.of(lastZ);
            Values av = Values.of(lastA);
            Values dav = Values.of(da);
            Values dzv = Values.of(dz);
            for (int i = 0; i < n; i++) {
                dzv.set(i, dav.get(i) * f.derivative(zv.get(i), av.get(i)));
            }
        }
        return dz;
    }
}
