package optlab.scratch.layer;

import java.util.concurrent.TimeUnit;
import optlab.scratch.activation.ActivationFunction;
import optlab.spec.Activation;
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

/** An activation's forward and backward over the CNN case's conv output, 64 x (26 x 26 x 32), half the units negative. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ActivationBenchmark {

    private static final int ROWS = 64;
    private static final int UNITS = 26 * 26 * 32;

    @Param({"relu", "tanh"})
    String activation;

    private ActivationLayer layer;
    private INDArray z;
    private INDArray outputGradient;

    @Setup
    public void setUp() {
        Nd4j.getRandom().setSeed(42);
        layer = new ActivationLayer(ActivationFunction.of(Activation.valueOf(activation.toUpperCase()), 0.1), UNITS, DataType.FLOAT);
        z = Nd4j.rand(DataType.FLOAT, ROWS, UNITS).subi(0.5);
        outputGradient = Nd4j.rand(DataType.FLOAT, ROWS, UNITS).subi(0.5);
        layer.forward(z, ROWS, null);
    }

    @Benchmark
    public INDArray forward() {
        return layer.forward(z, ROWS, null);
    }

    @Benchmark
    public INDArray backward() {
        return layer.backward(outputGradient, ROWS, true);
    }
}
