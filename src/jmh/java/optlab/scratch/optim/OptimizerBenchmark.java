package optlab.scratch.optim;

import java.util.List;
import java.util.concurrent.TimeUnit;
import optlab.scratch.Parameter;
import optlab.spec.OptimizerCatalog;
import org.nd4j.linalg.api.buffer.DataType;
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

/** One optimizer step over the 784-128-10 network's parameters (101,770 weights): the copies out of and back into native memory, and the rule. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OptimizerBenchmark {

    @Param({"sgd", "adam"})
    String optimizer;

    private List<Parameter> parameters;
    private ScratchOptimizer<?> step;

    @Setup
    public void setUp() {
        Nd4j.getRandom().setSeed(42);
        parameters = List.of(parameter(784, 128), parameter(1, 128), parameter(128, 10), parameter(1, 10));
        step = new ScratchOptimizer<>(UpdateRules.of(OptimizerCatalog.parse(optimizer)), parameters);
    }

    private static Parameter parameter(int rows, int columns) {
        return new Parameter("p", Nd4j.rand(DataType.FLOAT, rows, columns).subi(0.5), Nd4j.rand(DataType.FLOAT, rows, columns).subi(0.5).muli(1e-3));
    }

    /** A tiny rate keeps the weights where they are over millions of invocations. */
    @Benchmark
    public void step() {
        step.step(parameters, 1e-9f);
    }
}
