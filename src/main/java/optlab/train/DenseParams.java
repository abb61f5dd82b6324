package optlab.train;

import java.util.List;

/**
 * Weights and bias of one dense layer: {@code weights} is row-major {@code inputs x outputs}
 * (y = x W + b), as both trainers lay it out.
 */
public record DenseParams(int inputs, int outputs, float[] weights, float[] bias) {

    public DenseParams {
        if (weights.length != inputs * outputs || bias.length != outputs) {
            throw new IllegalArgumentException("dense layer " + inputs + "x" + outputs + " got " + weights.length
                    + " weights and " + bias.length + " biases");
        }
    }

    /** Throws unless {@code given} has as many layers as {@code expected}, each of the same shape. */
    public static void requireSameShapes(List<DenseParams> expected, List<DenseParams> given) {
        if (!shapes(expected).equals(shapes(given))) {
            throw new IllegalArgumentException("weights of shape " + shapes(given) + " do not fit a network of shape " + shapes(expected));
        }
    }

    private static List<String> shapes(List<DenseParams> layers) {
        return layers.stream().map(p -> p.inputs + "x" + p.outputs).toList();
    }

    public DenseParams copy() {
        return new DenseParams(inputs, outputs, weights.clone(), bias.clone());
    }
}
