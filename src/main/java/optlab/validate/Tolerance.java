package optlab.validate;

import optlab.spec.Precision;

/**
 * How far the scratch and TensorFlow runs of one rule may drift apart and still count as the same
 * rule.
 *
 * <p>The weight difference is measured in units of the optimizer's learning rate, and the allowance
 * grows over the first {@value #RAMP_STEPS} updates, because that is how rounding drift behaves:
 * every update moves a weight by the rate times a direction and rounding perturbs the direction (for
 * Adam each update moves a weight by up to about lr whatever the gradient's size, so where a gradient
 * is nearly zero rounding alone picks the sign), and the perturbations add up update by update. A
 * wrong rule is off by a sizeable share of one update from its first.
 *
 * <p>The float32 defaults are what float32 rounding explains: the two sides sum the same products in
 * different orders (last-bit differences of about 1e-7 relative per operation). Measured on MNIST
 * (784-128-10, batch 32, 200 updates, every TensorFlow-named rule, also Adam, Nadam, RMSProp and
 * Adamax at lr 0.01 with tanh): a weight difference of at most 5.3e-4 lr per update so far, and
 * 0.028 lr at most in all; the allowance, 0.005 lr per update up to 0.1 lr, is ten times the first
 * and over three times the second. RMSProp with epsilon outside the square root, the subtlest wrong
 * rule the tests know, is 0.018 lr off at update 1, against an allowance of 0.005 lr there.
 *
 * @param relativeLoss largest |scratch - tensorflow| / |tensorflow| of a batch loss
 * @param parameter largest |scratch - tensorflow| of any weight from update {@value #RAMP_STEPS} on,
 *     in units of the optimizer's (initial) learning rate; update t before that allows t / {@value #RAMP_STEPS} of it
 */
public record Tolerance(double relativeLoss, double parameter) {

    public static final Tolerance FLOAT32 = new Tolerance(1e-4, 0.1);

    /**
     * Float64's default, from measurement. With both sides in double, what is left is float64
     * rounding in different summation orders: on MNIST (784-128-10 ReLU, batch 32, seed 42, every
     * TensorFlow-named rule, 200 updates) the largest relative loss difference was 4.7e-15 (Nadam)
     * and the largest weight difference 1.6e-14 (Adam); over 1000 updates, with sigmoid, tanh or
     * leaky ReLU, with 500-250-100 hidden units or with batch 128, at most 5.9e-15 and 7.2e-14.
     * A rule that rounds to float32 anywhere is off by about 1e-8 at its first update (7.5e-9 in a
     * weight for Adam computed in float32 at lr 0.001). 1e-10 sits over a thousand times above the
     * first and 75 times below the second; for weights that is 1e-7 learning rates (1e-10 at 0.001), ramped
     * like float32's.
     */
    public static final Tolerance FLOAT64 = new Tolerance(1e-10, 1e-7);

    /** The default tolerance of a precision. */
    public static Tolerance of(Precision precision) {
        return switch (precision) {
            case FLOAT32 -> FLOAT32;
            case FLOAT64 -> FLOAT64;
        };
    }

    /** Updates over which the weight allowance grows to its full size. */
    public static final int RAMP_STEPS = 20;

    /** The largest weight difference allowed after update {@code step} (1-based) of an optimizer with this (initial) learning rate. */
    public double parameterAt(double learningRate, long step) {
        return parameter * learningRate * Math.min(1.0, (double) step / RAMP_STEPS);
    }

    public Tolerance {
        if (!(relativeLoss > 0) || !(parameter > 0)) {
            throw new IllegalArgumentException("tolerances must be positive, got loss " + relativeLoss + " and parameter " + parameter);
        }
    }
}
