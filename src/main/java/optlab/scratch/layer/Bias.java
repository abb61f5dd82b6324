package optlab.scratch.layer;

import java.nio.FloatBuffer;
import java.util.Arrays;
import optlab.scratch.Parameter;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The bias b of a dense or conv layer, 1 x columns: forward adds it to every row of z (one IEEE
 * addition per element), backward sets db to the column sums of dz, summed in double row by row.
 * Float32 loops run on the buffers themselves; float64 goes through {@link Values}.
 */
final class Bias {

    private final Parameter parameter;
    private final int columns;
    private final float[] b;
    private final double[] sums;

    Bias(Parameter parameter) {
        this.parameter = parameter;
        columns = parameter.size();
        b = new float[columns];
        sums = new double[columns];
    }

    Parameter parameter() {
        return parameter;
    }

    /** z[r][c] += b[c] for the first {@code rows} rows. */
    void addTo(INDArray z, int rows) {
        requireColumns(z);
        if (z.dataType() == DataType.FLOAT) {
            parameter.value().data().asNioFloat().get(0, b);
            FloatBuffer zb = z.data().asNioFloat();
            for (int r = 0; r < rows; r++) {
                int row = r * columns;
                for (int c = 0; c < columns; c++) {
                    zb.put(row + c, zb.get(row + c) + b[c]);
                }
            }
        } else {
            Values zv = Values.of(z);
            Values bv = Values.of(parameter.value());
            for (int r = 0; r < rows; r++) {
                int row = r * columns;
                for (int c = 0; c < columns; c++) {
                    zv.set(row + c, zv.get(row + c) + bv.get(c));
                }
            }
        }
    }

    /** db[c] = sum over the first {@code rows} rows of dz[r][c]. */
    void gradient(INDArray dz, int rows) {
        requireColumns(dz);
        Arrays.fill(sums, 0);
        if (dz.dataType() == DataType.FLOAT) {
            FloatBuffer g = dz.data().asNioFloat();
            for (int r = 0; r < rows; r++) {
                int row = r * columns;
                for (int c = 0; c < columns; c++) {
                    sums[c] += g.get(row + c);
                }
            }
        } else {
            Values g = Values.of(dz);
            for (int r = 0; r < rows; r++) {
                int row = r * columns;
                for (int c = 0; c < columns; c++) {
                    sums[c] += g.get(row + c);
                }
            }
        }
        Values db = Values.of(parameter.gradient());
        for (int c = 0; c < columns; c++) {
            db.set(c, sums[c]);
        }
    }

    private void requireColumns(INDArray z) {
        if (z.columns() != columns) {
            throw new IllegalArgumentException("a bias of " + columns + " for " + Arrays.toString(z.shape()));
        }
    }
}
