package optlab.scratch.optim;

/**
 * Keras 3's AdamW ({@code keras.optimizers.AdamW}): decoupled weight decay, applied to the weights
 * before the step as Keras' base optimizer does ({@code _apply_weight_decay}), then the
 * {@link KerasAdamRule} step with the same lr and t:
 * <pre>
 * w -= w * weight_decay * lr
 * w  = the Keras Adam step of w
 * </pre>
 * Differs from the TensorFlow kernel: TF Java has no AdamW; L2 in the loss ({@code --l2}) is not
 * the same thing, because Adam's scaling then applies to the decay term too.
 */
public final class KerasAdamWRule implements UpdateRule<KerasAdamRule.Moments>, Float64UpdateRule<KerasAdamRule.Float64Moments> {

    private final float weightDecay;
    private final KerasAdamRule adam;

    public KerasAdamWRule(float weightDecay, float beta1, float beta2, float epsilon, boolean amsgrad) {
        this.weightDecay = Hyperparameters.nonNegative("weight_decay", weightDecay);
        this.adam = new KerasAdamRule(beta1, beta2, epsilon, amsgrad);
    }

    @Override
    public KerasAdamRule.Moments initialState(int size) {
        return adam.initialState(size);
    }

    @Override
    public void apply(float[] w, float[] g, KerasAdamRule.Moments s, float lr) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= w[i] * weightDecay * lr;
        }
        adam.apply(w, g, s, lr);
    }

    @Override
    public KerasAdamRule.Float64Moments initialFloat64State(int size) {
        return adam.initialFloat64State(size);
    }

    @Override
    public void apply(double[] w, double[] g, KerasAdamRule.Float64Moments s, double lr) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= w[i] * weightDecay * lr;
        }
        adam.apply(w, g, s, lr);
    }
}
