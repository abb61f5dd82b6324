package optlab.lab;

/**
 * The student API of the dense exercise: y = x W + b with {@code x} {@code batch x in}, {@code w}
 * {@code in x out}, {@code b} {@code out} and y {@code batch x out}, every matrix row-major. Neither
 * method may change its arguments.
 */
public interface StudentDense {

    /** y = x W + b, {@code batch x out}, row-major. */
    float[] forward(float[] x, float[] w, float[] b, int batch, int in, int out);

    /** The gradients of the inputs from dL/dy = {@code gradY} ({@code batch x out}). */
    DenseGradients backward(float[] x, float[] w, float[] b, float[] gradY, int batch, int in, int out);
}
