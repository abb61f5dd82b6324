package optlab.train;

import java.util.List;
import optlab.spec.ModelLayout;

/**
 * One parameter tensor by name, like an entry of PyTorch's {@code state_dict} or a TensorFlow
 * variable: {@code conv0/kernel} of shape [3, 3, 1, 32], its values row-major (a conv kernel as
 * height x width x in-channels x filters, a dense kernel as inputs x units, as both trainers lay
 * them out).
 */
public record NamedTensor(String name, List<Integer> shape, float[] values) {

    public NamedTensor {
        shape = List.copyOf(shape);
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        if (values.length != size) {
            throw new IllegalArgumentException(name + " of shape " + ModelLayout.text(shape) + " got " + values.length + " values");
        }
    }

    public NamedTensor copy() {
        return new NamedTensor(name, shape, values.clone());
    }

    /** "conv0/kernel 3x3x1x32" */
    public String describe() {
        return name + " " + ModelLayout.text(shape);
    }
}
