package optlab.scratch;

import java.util.concurrent.TimeUnit;
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

/** The output layer on a batch of 10-class logits: softmax, then the cross-entropy's loss and its gradient dL/dz. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SoftmaxCrossEntropyBenchmark {

    private static final int CLASSES = 10;

    @Param({"32", "64"})
    int rows;

    private final Softmax softmax = new Softmax(CLASSES);
    private final SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
    private INDArray logits;
    private INDArray probabilities;
    private INDArray gradient;
    private int[] labels;

    @Setup
    public void setUp() {
        Nd4j.getRandom().setSeed(42);
        logits = Nd4j.rand(DataType.FLOAT, rows, CLASSES).muli(4).subi(2);
        probabilities = Nd4j.create(DataType.FLOAT, rows, CLASSES);
        gradient = Nd4j.create(DataType.FLOAT, rows, CLASSES);
        labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = r % CLASSES;
        }
    }

    @Benchmark
    public double softmaxLossAndGradient() {
        softmax.apply(logits, probabilities, rows);
        loss.gradient(probabilities, labels, gradient, rows, CLASSES);
        return loss.loss(probabilities, labels, rows, CLASSES);
    }
}
