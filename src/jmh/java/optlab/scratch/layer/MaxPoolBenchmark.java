package optlab.scratch.layer;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The CNN case's max pooling, 2x2 stride 2 over 26x26x32, batch 64: forward (max and argmax) and backward (routing). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MaxPoolBenchmark {

    private static final int ROWS = 64;

    private MaxPool2dLayer layer;
    private INDArray input;
    private INDArray outputGradient;

    @Setup
    public void setUp() {
        Nd4j.getRandom().setSeed(42);
        layer = new MaxPool2dLayer(new LayerSpec.MaxPool2d(2, 2, Padding.VALID), List.of(26, 26, 32), DataType.FLOAT);
        input = Nd4j.rand(DataType.FLOAT, ROWS, 26 * 26 * 32).subi(0.5);
        outputGradient = Nd4j.rand(DataType.FLOAT, ROWS, 13 * 13 * 32).subi(0.5);
        layer.forward(input, ROWS, null);
    }

    @Benchmark
    public INDArray forward() {
        return layer.forward(input, ROWS, null);
    }

    @Benchmark
    public INDArray backward() {
        return layer.backward(outputGradient, ROWS, true);
    }
}
