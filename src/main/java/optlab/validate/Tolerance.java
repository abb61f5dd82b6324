package optlab.validate;

import optlab.spec.Precision;

/**
 * How far the scratch and TensorFlow runs of one rule may drift apart and still count as the same
 * rule. The defaults are what float32 rounding explains over a few hundred steps: the two sides sum
 * the same products in different orders (last-bit differences of about 1e-7 relative per operation),
 * and training amplifies them slowly. A wrong rule differs by orders of magnitude more, from its first
 * step.
 *
 * @param relativeLoss largest |scratch - tensorflow| / |tensorflow| of a batch loss
 * @param parameter largest |scratch - tensorflow| of any weight after a step
 */
public record Tolerance(double relativeLoss, double parameter) {

    public static final Tolerance FLOAT32 = new Tolerance(1e-4, 1e-4);

    /**
     * Float64's default, from measurement. With both sides in double, what is left is float64
     * rounding in different summation orders: on MNIST (784-128-10 ReLU, batch 32, seed 42, every
     * TensorFlow-named rule, 200 updates) the largest relative loss difference was 4.7e-15 (Nadam)
     * and the largest weight difference 1.6e-14 (Adam); over 1000 updates, with sigmoid, tanh or
     * leaky ReLU, with 500-250-100 hidden units or with batch 128, at most 5.9e-15 and 7.2e-14.
     * A rule that rounds to float32 anywhere is off by about 1e-8 at its first update (7.5e-9 in a
     * weight for Adam computed in float32). 1e-10 sits over a thousand times above the first and 75
     * times below the second.
     */
    public static final Tolerance FLOAT64 = new Tolerance(1e-10, 1e-10);

    /** The default tolerance of a precision. */
    public static Tolerance of(Precision precision) {
        return switch (precision) {
            case FLOAT32 -> FLOAT32;
            case FLOAT64 -> FLOAT64;
        };
    }

    public Tolerance {
        if (!(relativeLoss > 0) || !(parameter > 0)) {
            throw new IllegalArgumentException("tolerances must be positive, got loss " + relativeLoss + " and parameter " + parameter);
        }
    }
}
