package optlab.scratch;

import optlab.train.DenseParams;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** z = a W + b for a batch of rows a; backward gives dW = a^T dz, db = column sums of dz, da = dz W^T. */
final class DenseLayer {

    final Parameter weights;
    final Parameter bias;
    final int inputs;
    final int outputs;

    DenseLayer(DenseParams init, DataType dtype, int index) {
        inputs = init.inputs();
        outputs = init.outputs();
        INDArray w = Nd4j.create(init.weights(), new long[] {inputs, outputs}, 'c').castTo(dtype);
        INDArray b = Nd4j.create(init.bias(), new long[] {1, outputs}, 'c').castTo(dtype);
        weights = new Parameter("dense" + index + "/kernel", w, Nd4j.zeros(dtype, inputs, outputs));
        bias = new Parameter("dense" + index + "/bias", b, Nd4j.zeros(dtype, 1, outputs));
    }

    void forward(INDArray a, INDArray z, int rows) {
        Nd4j.gemm(a, weights.value(), z, false, false, 1.0, 0.0);
        DataBuffer zb = z.data();
        DataBuffer bb = bias.value().data();
        for (int r = 0; r < rows; r++) {
            int row = r * outputs;
            for (int c = 0; c < outputs; c++) {
                zb.put(row + c, zb.getDouble(row + c) + bb.getDouble(c));
            }
        }
    }

    /** Fills this layer's gradients from dz; writes da into {@code inputGradient} unless it is null. */
    void backward(INDArray a, INDArray dz, INDArray inputGradient, int rows) {
        Nd4j.gemm(a, dz, weights.gradient(), true, false, 1.0, 0.0);
        DataBuffer dzb = dz.data();
        DataBuffer db = bias.gradient().data();
        for (int c = 0; c < outputs; c++) {
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                sum += dzb.getDouble(r * outputs + c);
            }
            db.put(c, sum);
        }
        if (inputGradient != null) {
            Nd4j.gemm(dz, weights.value(), inputGradient, false, true, 1.0, 0.0);
        }
    }

    DenseParams snapshot() {
        return new DenseParams(inputs, outputs, weights.value().data().asFloat(), bias.value().data().asFloat());
    }
}
