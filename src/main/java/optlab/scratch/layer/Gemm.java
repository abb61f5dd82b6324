package optlab.scratch.layer;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * c = op(a) op(b) for row-major matrices, handed straight to the OpenBLAS gemm that ND4J's own
 * {@code Nd4j.gemm} ends in: the same kernel on the same memory, so the same bits, without the
 * op object, shape checks and native context ND4J builds per call (about 8 us, more than a
 * 32 x 128 x 10 product itself takes).
 */
public final class Gemm {

    private Gemm() {
    }

    public static void product(INDArray a, boolean transposeA, INDArray b, boolean transposeB, INDArray c) {
        int m = (int) c.size(0);
        int n = (int) c.size(1);
        int k = (int) (transposeA ? a.size(0) : a.size(1));
        if ((transposeA ? a.size(1) : a.size(0)) != m || (transposeB ? b.size(1) : b.size(0)) != k
                || (transposeB ? b.size(0) : b.size(1)) != n || !dense(a) || !dense(b) || !dense(c)) {
            throw new IllegalArgumentException("gemm of " + Arrays.toString(a.shape()) + (transposeA ? "^T" : "") + " and "
                    + Arrays.toString(b.shape()) + (transposeB ? "^T" : "") + " into " + Arrays.toString(c.shape()));
        }
        int ta = transposeA ? CblasTrans : CblasNoTrans;
        int tb = transposeB ? CblasTrans : CblasNoTrans;
        int lda = (int) a.size(1);
        int ldb = (int) b.size(1);
        if (c.dataType() == DataType.FLOAT) {
            cblas_sgemm(CblasRowMajor, ta, tb, m, n, k, 1f, (FloatPointer) a.data().pointer(), lda,
                    (FloatPointer) b.data().pointer(), ldb, 0f, (FloatPointer) c.data().pointer(), n);
        } else {
            cblas_dgemm(CblasRowMajor, ta, tb, m, n, k, 1d, (DoublePointer) a.data().pointer(), lda,
                    (DoublePointer) b.data().pointer(), ldb, 0d, (DoublePointer) c.data().pointer(), n);
        }
    }

    /** A whole row-major 2-D array from the start of its buffer, as the BLAS call reads it. */
    private static boolean dense(INDArray x) {
        return x.rank() == 2 && x.ordering() == 'c' && x.offset() == 0;
    }
}
