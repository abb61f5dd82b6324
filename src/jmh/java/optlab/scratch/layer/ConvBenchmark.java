package optlab.scratch.layer;

import java.util.List;
import java.util.concurrent.TimeUnit;
import optlab.scratch.Parameter;
import optlab.spec.Activation;
import optlab.spec.LayerSpec;
import optlab.spec.Padding;
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

/**
 * The CNN case's convolution, 32 filters 3x3 over 28x28x1, batch 64: forward (im2col, gemm, bias)
 * and backward (kernel and bias gradients; with the input gradient, dcols and col2im too).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ConvBenchmark {

    private static final int ROWS = 64;

    @Param({"valid", "same"})
    String padding;

    private Conv2dLayer layer;
    private INDArray input;
    private INDArray outputGradient;

    @Setup
    public void setUp() {
        Nd4j.getRandom().setSeed(42);
        var spec = new LayerSpec.Conv2d(32, 3, 1, Padding.valueOf(padding.toUpperCase()), Activation.RELU);
        layer = new Conv2dLayer(spec, List.of(28, 28, 1),
                new Parameter("kernel", Nd4j.rand(DataType.FLOAT, 9, 32).subi(0.5), Nd4j.zeros(DataType.FLOAT, 9, 32)),
                new Parameter("bias", Nd4j.rand(DataType.FLOAT, 1, 32), Nd4j.zeros(DataType.FLOAT, 1, 32)));
        input = Nd4j.rand(DataType.FLOAT, ROWS, 28 * 28);
        INDArray z = layer.forward(input, ROWS, null);
        outputGradient = Nd4j.rand(DataType.FLOAT, z.shape()).subi(0.5);
    }

    @Benchmark
    public INDArray forward() {
        return layer.forward(input, ROWS, null);
    }

    @Benchmark
    public INDArray backward() {
        return layer.backward(outputGradient, ROWS, false);
    }

    @Benchmark
    public INDArray backwardWithInputGradient() {
        return layer.backward(outputGradient, ROWS, true);
    }
}
