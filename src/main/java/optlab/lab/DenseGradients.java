package optlab.lab;

/** What a dense layer's backward returns: dL/dx ({@code batch x in}), dL/dW ({@code in x out}), dL/db ({@code out}), row-major. */
public record DenseGradients(float[] dx, float[] dw, float[] db) {
}
