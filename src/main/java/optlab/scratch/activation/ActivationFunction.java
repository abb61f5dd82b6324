package optlab.scratch.activation;

import optlab.spec.Activation;

/** An element-wise activation a = f(z) and its derivative, given both z and a (whichever is cheaper). */
public interface ActivationFunction {

    double apply(double z);

    /** df/dz at z, where a = f(z). */
    double derivative(double z, double a);

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
