package optlab.scratch.layer;

import java.util.concurrent.TimeUnit;
import optlab.scratch.Parameter;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A dense layer's forward (gemm and bias) and backward (two gemms and the bias gradient) at the bench cases' shapes. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DenseBenchmark {

    /** inputs x units, batch: the first layers of 784-128-10 (b32) and 784-500-250-100-10 (b64). */
    @Param({"784x128,32", "784x500,64"})
    String shape;

    private DenseLayer layer;
    private INDArray input;
    private INDArray outputGradient;
    private int rows;

    @Setup
    public void setUp() {
        String[] parts = shape.split("[x,]");
        int inputs = Integer.parseInt(parts[0]);
        int units = Integer.parseInt(parts[1]);
        rows = Integer.parseInt(parts[2]);
        Nd4j.getRandom().setSeed(42);
        layer = new DenseLayer(new Parameter("kernel", Nd4j.rand(DataType.FLOAT, inputs, units).subi(0.5), Nd4j.zeros(DataType.FLOAT, inputs, units)),
                new Parameter("bias", Nd4j.rand(DataType.FLOAT, 1, units), Nd4j.zeros(DataType.FLOAT, 1, units)));
        input = Nd4j.rand(DataType.FLOAT, rows, inputs);
        outputGradient = Nd4j.rand(DataType.FLOAT, rows, units).subi(0.5);
        layer.forward(input, rows, null);
    }

    @Benchmark
    public INDArray forward() {
        return layer.forward(input, rows, null);
    }

    @Benchmark
    public INDArray backward() {
        return layer.backward(outputGradient, rows, true);
    }
}
