package optlab.lab;

/**
 * The student API of an activation exercise (relu, sigmoid, tanh): an elementwise function over a
 * flat array. optlab creates one instance per check and calls it on many arrays; neither method may
 * change its arguments.
 */
public interface StudentActivation {

    /** y = f(x), elementwise; y has x's length. */
    float[] forward(float[] x);

    /** dL/dx from dL/dy = {@code gradY}; {@code y} is what {@link #forward} returned for this {@code x}. */
    float[] backward(float[] x, float[] y, float[] gradY);
}
