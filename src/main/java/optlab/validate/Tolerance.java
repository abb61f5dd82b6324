package optlab.validate;

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

    public Tolerance {
        if (!(relativeLoss > 0) || !(parameter > 0)) {
            throw new IllegalArgumentException("tolerances must be positive, got loss " + relativeLoss + " and parameter " + parameter);
        }
    }
}
