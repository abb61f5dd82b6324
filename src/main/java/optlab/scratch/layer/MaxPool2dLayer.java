package optlab.scratch.layer;

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
    private Buffers last;

    public MaxPool2dLayer(LayerSpec.MaxPool2d spec, List<Integer> in, DataType dtype) {
        windows = new Windows(in.get(0), in.get(1), spec.pool(), spec.stride(), spec.padding());
        channels = in.get(2);
        inputSize = in.get(0) * in.get(1) * channels;
        outputSize = windows.positions() * channels;
        buffers = new PerRows<>(rows -> new Buffers(Nd4j.create(dtype, rows, outputSize), new int[rows * outputSize],
                Nd4j.create(dtype, rows, inputSize)));
    }

    @Override
    public INDArray forward(INDArray input, int rows, List<float[]> dropoutMasks) {
        last = buffers.get(rows);
        Values x = Values.of(input);
        Values y = Values.of(last.y());
        int[] argmax = last.argmax();
        int[] pixel = windows.pixel;
        int area = windows.area;
        int o = 0;
        for (int r = 0; r < rows; r++) {
            int image = r * inputSize;
            for (int p = 0; p < windows.positions(); p++) {
                for (int c = 0; c < channels; c++) {
                    int best = -1;
                    double max = 0;
                    for (int w = p * area; w < (p + 1) * area; w++) {
                        if (pixel[w] >= 0) {
                            int i = image + pixel[w] * channels + c;
                            double v = x.get(i);
                            if (best < 0 || v > max) {
                                best = i;
                                max = v;
                            }
                        }
                    }
                    y.set(o, max);
                    argmax[o++] = best;
                }
            }
        }
        return last.y();
    }

    @Override
    public INDArray backward(INDArray outputGradient, int rows, boolean inputGradient) {
        if (!inputGradient) {
            return null;
        }
        last.dx().assign(0);
        Values dy = Values.of(outputGradient);
        Values dx = Values.of(last.dx());
        int[] argmax = last.argmax();
        for (int o = 0; o < rows * outputSize; o++) {
            dx.set(argmax[o], dx.get(argmax[o]) + dy.get(o));
        }
        return last.dx();
    }
}
