package optlab.scratch.activation;

import java.nio.FloatBuffer;
import optlab.spec.Activation;

/** An element-wise activation a = f(z) and its derivative, given both z and a (whichever is cheaper). */
public interface ActivationFunction {

    double apply(double z);

    /** df/dz at z, where a = f(z). */
    double derivative(double z, double a);

    /**
     * a = f(z) over the first n elements of float32 arrays, each computed in double and rounded once,
     * as {@link #apply(double)} gives it; a function may override it with a loop the JIT compiles better.
     */
    default void apply(FloatBuffer z, FloatBuffer a, int n) {
        for (int i = 0; i < n; i++) {
            a.put(i, (float) apply(z.get(i)));
        }
    }

    /** dz = da * f'(z) over the first n elements of float32 arrays, as {@link #derivative} gives it. */
    default void backward(FloatBuffer z, FloatBuffer a, FloatBuffer da, FloatBuffer dz, int n) {
        for (int i = 0; i < n; i++) {
            dz.put(i, (float) (da.get(i) * derivative(z.get(i), a.get(i))));
        }
    }

    static ActivationFunction of(Activation activation, double leakyAlpha) {
        return switch (activation) {
            case RELU -> new Relu();
            case LEAKY_RELU -> new LeakyRelu(leakyAlpha);
            case SIGMOID -> new Sigmoid();
            case TANH -> new Tanh();
            case LINEAR -> new Linear();
        };
    }
}
