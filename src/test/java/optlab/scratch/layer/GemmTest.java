package optlab.scratch.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@link Gemm} gives {@code Nd4j.gemm}'s bits: the scratch network's results did not move when it took over the products. */
class GemmTest {

    @ParameterizedTest
    @CsvSource({
        "32, 784, 128, false, false", "784, 32, 128, true, false", "32, 10, 128, false, true",
        "64, 500, 250, false, false", "250, 64, 100, true, false", "7, 9, 32, false, false", "9, 43, 32, true, false"})
    void sameBitsAsNd4jInBothPrecisions(int m, int k, int n, boolean transposeA, boolean transposeB) {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            Nd4j.getRandom().setSeed(m * 31L + k);
            INDArray a = (transposeA ? Nd4j.rand(type, k, m) : Nd4j.rand(type, m, k)).subi(0.5);
            INDArray b = (transposeB ? Nd4j.rand(type, n, k) : Nd4j.rand(type, k, n)).subi(0.5);
            INDArray expected = Nd4j.create(type, m, n);
            INDArray actual = Nd4j.create(type, m, n);
            Nd4j.gemm(a, b, expected, transposeA, transposeB, 1.0, 0.0);
            Gemm.product(a, transposeA, b, transposeB, actual);
            assertArrayEquals(expected.data().asDouble(), actual.data().asDouble(), type + " " + m + "x" + k + "x" + n);
        }
    }

    @Test
    void mismatchedShapesAreNamed() {
        INDArray a = Nd4j.create(DataType.FLOAT, 3, 4);
        INDArray b = Nd4j.create(DataType.FLOAT, 5, 2);
        assertThrows(IllegalArgumentException.class, () -> Gemm.product(a, false, b, false, Nd4j.create(DataType.FLOAT, 3, 2)));
    }
}
