package optlab.scratch.layer;

import java.nio.FloatBuffer;
import java.util.List;
import optlab.spec.LayerSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Max pooling per channel over square windows. Forward keeps, for every output, which input held
 * the maximum (the first in window order on a tie, as TensorFlow's CPU kernel does); backward
 * routes each output's gradient to that input alone.
 */
public final class MaxPool2dLayer implements Layer {

    private record Buffers(INDArray y, int[] argmax, INDArray dx) {
    }

    private final Windows windows;
    private final int channels;
    private final int inputSize;
    private final int outputSize;
    private final PerRows<Buffers> buffers;
    /** One output position's running maximum per channel, as float bits. */
    private final int[] best;
    private Buffers last;

    public MaxPool2dLayer(LayerSpec.MaxPool2d spec, List<Integer> in, DataType dtype) {
        windows = new Windows(in.get(0), in.get(1), spec.pool(), spec.stride(), spec.padding());
        channels = in.get(2);
        inputSize = in.get(0) * in.get(1) * channels;
        outputSize = windows.positions() * channels;
        best = new int[channels];
        buffers = new PerRows<>(rows -> new Buffers(Nd4j.create(dtype, rows, outputSize), new int[rows * outputSize],
                Nd4j.create(dtype, rows, inputSize)));
    }

    @Override
    public INDArray forward(INDArray input, int rows, List<float[]> dropoutMasks) {
        last = buffers.get(rows);
        if (input.dataType() == DataType.FLOAT) {
            forward(input.data().asNioFloat(), last.y().data().asNioFloat(), last.argmax(), rows);
        } else {
            forward(Values.of(input), Values.of(last.y()), last.argmax(), rows);
        }
        return last.y();
    }

    /**
     * The window's pixels in order, each pixel's channels side by side in memory; a later pixel wins
     * only if strictly larger, so ties go to the first in window order, as TensorFlow's CPU kernel
     * picks them. The running maximum is chosen as a bit pattern, a conditional move rather than a
     * branch that mispredicts on half the comparisons.
     */
    private void forward(FloatBuffer x, FloatBuffer y, int[] argmax, int rows) {
        int[] pixel = windows.pixel;
        int area = windows.area;
        int positions = windows.positions();
        for (int r = 0; r < rows; r++) {
            int image = r * inputSize;
            for (int p = 0; p < positions; p++) {
                int out = (r * positions + p) * channels;
                boolean first = true;
                for (int w = p * area; w < (p + 1) * area; w++) {
                    if (pixel[w] < 0) {
                        continue;
                    }
                    int in = image + pixel[w] * channels;
                    for (int c = 0; c < channels; c++) {
                        float v = x.get(in + c);
                        boolean wins = first || v > Float.intBitsToFloat(best[c]);
                        best[c] = wins ? Float.floatToRawIntBits(v) : best[c];
                        argmax[out + c] = wins ? in + c : argmax[out + c];
                    }
                    first = false;
                }
                for (int c = 0; c < channels; c++) {
                    y.put(out + c, Float.intBitsToFloat(best[c]));
                }
            }
        }
    }

    /** {@link #forward(FloatBuffer, FloatBuffer, int[], int)} in float64, the running maximum kept in y. */
    private void forward(Values x, Values y, int[] argmax, int rows) {
        int[] pixel = windows.pixel;
        int area = windows.area;
        int positions = windows.positions();
        for (int r = 0; r < rows; r++) {
            int image = r * inputSize;
            for (int p = 0; p < positions; p++) {
                int out = (r * positions + p) * channels;
                boolean first = true;
                for (int w = p * area; w < (p + 1) * area; w++) {
                    if (pixel[w] < 0) {
                        continue;
                    }
                    int in = image + pixel[w] * channels;
                    for (int c = 0; c < channels; c++) {
                        double v = x.get(in + c);
                        if (first || v > y.get(out + c)) {
                            y.set(out + c, v);
                            argmax[out + c] = in + c;
                        }
                    }
                    first = false;
                }
            }
        }
    }

    @Override
    public INDArray backward(INDArray outputGradient, int rows, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        last.dx().assign(0);
        int[] argmax = last.argmax();
        if (outputGradient.dataType() == DataType.FLOAT) {
            FloatBuffer dy = outputGradient.data().asNioFloat();
            FloatBuffer dx = last.dx().data().asNioFloat();
            for (int o = 0; o < rows * outputSize; o++) {
                dx.put(argmax[o], dx.get(argmax[o]) + dy.get(o));
            }
        } else {
            Values dy = Values.of(outputGradient);
            Values dx = Values.of(last.dx());
            for (int o = 0; o < rows * outputSize; o++) {
                dx.set(argmax[o], dx.get(argmax[o]) + dy.get(o));
            }
        }
        return last.dx();
    }
}
