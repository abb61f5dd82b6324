package optlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import optlab.spec.Activation;
import optlab.spec.ExperimentFile;
import optlab.spec.Loss;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import org.junit.jupiter.api.Test;

class BenchResultTest {

    @Test
    void medianRangeRatioAndThroughputAreHandComputed() {
        var r = new BenchResult("x", 32, List.of(1.0, 3.0, 2.0), List.of(0.5, 1.5, 1.0, 2.0), null, List.of(), 10.0, 1_000_000, 1875);
        assertEquals(2.0, r.median(r.scratch()));
        assertEquals(1.25, r.median(r.tensorflow()), "an even count takes the middle two");
        assertEquals(1.0, r.min(r.scratch()));
        assertEquals(3.0, r.max(r.scratch()));
        assertEquals(1.6, r.ratio(), 1e-12);
        assertEquals(1875 * 32 / 2.0, r.samplesPerSecond(r.scratch()), 1e-9);
        // 2 flops per multiply-add, 1e6 of them a step, 1875 steps in 2 s: 1.875 GFLOP/s of the machine's 10.
        assertEquals(0.1875, r.shareOfGemm(r.scratch()), 1e-12);
    }

    @Test
    void aCaseKnowsItsMatrixProductsAConvolutionAsIm2colMakesIt() {
        var mlp = new BenchCase("mlp", ModelSpec.mlp(784, List.of(128), 10, Activation.RELU, Loss.CROSS_ENTROPY, 0), 32);
        assertEquals(List.of(new ModelLayout.Product(32, 784, 128), new ModelLayout.Product(32, 128, 10)), mlp.products());
        assertEquals(3L * (32 * 784 * 128 + 32 * 128 * 10), mlp.stepMultiplyAdds());
        var cnn = new BenchCase("cnn", ExperimentFile.parse("""
                model:
                  input: [28, 28, 1]
                  layers:
                    - conv2d: {filters: 32, kernel: 3, activation: relu}
                    - flatten
                    - dense: {units: 10}
                optimizers: [sgd]
                """, "x.yaml", "x").model(), 64);
        assertEquals(new ModelLayout.Product(64L * 26 * 26, 9, 32), cnn.products().get(0));
        assertEquals(new ModelLayout.Product(64, 26 * 26 * 32, 10), cnn.products().get(1));
    }
}
