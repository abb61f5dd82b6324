package optlab.scratch.layer;

import java.nio.FloatBuffer;
import java.util.List;
import optlab.scratch.Parameter;
import optlab.spec.LayerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A 2-D convolution over NHWC images as im2col and one matrix product. Forward: every window of
 * the input becomes a row of {@code cols} (window row, window column, channel), so
 * z = cols K + b with the kernel K as (kh kw cin) x filters, and z, row-major (rows * positions) x
 * filters, is already the NHWC output. Backward: dK = cols^T dz, db = column sums of dz,
 * dcols = dz K^T, and dx adds each row of dcols back onto the pixels its window read (col2im).
 */
public final class Conv2dLayer implements Layer {

    private record Buffers(INDArray cols, INDArray z, INDArray zRows, INDArray dcols, INDArray dx) {
    }

    private final Parameter kernel;
    private final Bias bias;
    private final Windows windows;
    private final int channels;
    private final int filters;
    private final int inputSize;
    private final int colWidth;
    private final PerRows<Buffers> buffers;
    private Buffers last;

    /**
     * @param kernel (kh kw cin) x filters, the [kh, kw, cin, filters] kernel row-major
     * @param bias 1 x filters
     * @param in the input's height, width and channels
     */
    public Conv2dLayer(LayerSpec.Conv2d spec, List<Integer> in, Parameter kernel, Parameter bias) {
        this.kernel = kernel;
        this.bias = new Bias(bias);
        windows = new Windows(in.get(0), in.get(1), spec.kernel(), spec.stride(), spec.padding());
        channels = in.get(2);
        filters = spec.filters();
        inputSize = in.get(0) * in.get(1) * channels;
        colWidth = windows.area * channels;
        DataType dtype = kernel.value().dataType();
        int positions = windows.positions();
        buffers = new PerRows<>(rows -> {
            INDArray z = Nd4j.create(dtype, (long) rows * positions, filters);
            return new Buffers(Nd4j.create(dtype, (long) rows * positions, colWidth), z, z.reshape('c', rows, (long) positions * filters),
                    Nd4j.create(dtype, (long) rows * positions, colWidth), Nd4j.create(dtype, rows, inputSize));
        });
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(kernel, bias.parameter());
    }

    @Override
    public INDArray forward(INDArray input, int rows, List<float[]> dropoutMasks) {
        last = buffers.get(rows);
        if (input.dataType() == DataType.FLOAT) {
            im2col(input.data().asNioFloat(), last.cols().data().asNioFloat(), rows);
        } else {
            im2col(Values.of(input), Values.of(last.cols()), rows);
        }
        Gemm.product(last.cols(), false, kernel.value(), false, last.z());
        bias.addTo(last.z(), rows * windows.positions());
        return last.zRows();
    }

    @Override
    public INDArray backward(INDArray outputGradient, int rows, boolean inputGradient) {
        INDArray dz = outputGradient.reshape('c', (long) rows * windows.positions(), filters);
        Gemm.product(last.cols(), true, dz, false, kernel.gradient());
        bias.gradient(dz, rows * windows.positions());
        if (!inputGradient) {
            return null;
        }
        Gemm.product(dz, false, kernel.value(), true, last.dcols());
        last.dx().assign(0);
        col2im(Values.of(last.dcols()), Values.of(last.dx()), rows);
        return last.dx();
    }

    private void im2col(FloatBuffer x, FloatBuffer cols, int rows) {
        int[] pixel = windows.pixel;
        int col = 0;
        for (int r = 0; r < rows; r++) {
            int image = r * inputSize;
            for (int pw = 0; pw < pixel.length; pw++) {
                int from = image + pixel[pw] * channels;
                for (int c = 0; c < channels; c++) {
                    cols.put(col++, pixel[pw] < 0 ? 0 : x.get(from + c));
                }
            }
        }
    }

    /** {@link #im2col(FloatBuffer, FloatBuffer, int)} in float64. */
    private void im2col(Values x, Values cols, int rows) {
        int[] pixel = windows.pixel;
        int col = 0;
        for (int r = 0; r < rows; r++) {
            int image = r * inputSize;
            for (int pw = 0; pw < pixel.length; pw++) {
                int from = image + pixel[pw] * channels;
                for (int c = 0; c < channels; c++) {
                    cols.set(col++, pixel[pw] < 0 ? 0 : x.get(from + c));
                }
            }
        }
    }

    private void col2im(Values dcols, Values dx, int rows) {
        int[] pixel = windows.pixel;
        int col = 0;
        for (int r = 0; r < rows; r++) {
            int image = r * inputSize;
            for (int pw = 0; pw < pixel.length; pw++) {
                if (pixel[pw] < 0) {
                    col += channels;
                    continue;
                }
                int to = image + pixel[pw] * channels;
                for (int c = 0; c < channels; c++) {
                    dx.set(to + c, dx.get(to + c) + dcols.get(col++));
                }
            }
        }
    }
}
