package optlab.bench;

import java.util.List;
import optlab.scratch.layer.Gemm;
import optlab.spec.ModelLayout;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The machine's float32 matrix-product speed on a case's own shapes, through the call the scratch
 * network makes ({@link Gemm}, OpenBLAS without ND4J's per-call op building): the arithmetic limit a
 * trainer's steps can be set against.
 */
final class GemmSpeed {

    private static final double SECONDS_PER_SHAPE = 0.3;

    private GemmSpeed() {
    }

    /** GFLOP/s (2 flops per multiply-add) over the case's forward products, each run for about 0.3 s after a warm-up. */
    static double gflops(List<ModelLayout.Product> products) {
        double flops = 0;
        double seconds = 0;
        for (ModelLayout.Product p : products) {
            INDArray a = Nd4j.rand(DataType.FLOAT, p.m(), p.k());
            INDArray b = Nd4j.rand(DataType.FLOAT, p.k(), p.n());
            INDArray c = Nd4j.create(DataType.FLOAT, p.m(), p.n());
            Gemm.product(a, false, b, false, c);
            long calls = 0;
            long start = System.nanoTime();
            while (System.nanoTime() - start < SECONDS_PER_SHAPE * 1e9) {
                Gemm.product(a, false, b, false, c);
                calls++;
            }
            seconds += (System.nanoTime() - start) / 1e9;
            flops += 2.0 * p.multiplyAdds() * calls;
        }
        return flops / seconds / 1e9;
    }
}
