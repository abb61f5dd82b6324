package optlab.train;

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

    public DenseParams copy() {
        return new DenseParams(inputs, outputs, weights.clone(), bias.clone());
    }
}
