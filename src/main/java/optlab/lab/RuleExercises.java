package optlab.lab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import optlab.spec.OptimizerSpec;

/**
 * The data of the update-rule exercises, keyed by catalog name: the state a rule keeps and its known
 * mistakes. Every catalog rule is listed; a rule added to the catalog joins by adding an entry here
 * and its mistakes to {@link References}.
 */
public final class RuleExercises {

    /**
     * The state names a rule keeps, as the sheet tells the student, and its known mistakes. A name in
     * {@code whenSet} is kept only while the hyperparameter it maps to is nonzero, as Keras creates its
     * momentum, centered and amsgrad variables only then.
     */
    public record Entry(List<String> state, Map<String, String> whenSet, List<Mistake> mistakes) {

        /** The state names the exercise {@code spec} keeps. */
        public List<String> state(OptimizerSpec spec) {
            return state.stream().filter(n -> !whenSet.containsKey(n) || spec.param(whenSet.get(n), 0) != 0).toList();
        }
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static final Mistake SIGN = new Mistake("sign", "the sign of the update (w += instead of w -=)", "w ← w − step", "w ← w + step");
    private static final Mistake STATE_NOT_UPDATED = new Mistake("state-not-updated", "state not updated (the new value is computed but never stored)",
            "store the new state after every step", "the state keeps its initial value");
    private static final Mistake T_OFF_BY_ONE = new Mistake("t-off-by-one", "t off by one (the first update uses t = 2)", "t = 1 at the first update",
            "t = 2 at the first update");

    static {
        put("sgd", List.of(), SIGN, new Mistake("lr-missing", "the learning rate left out", "w ← w − η g", "w ← w − g"));
        put("momentum", List.of("accum"), SIGN, STATE_NOT_UPDATED,
                new Mistake("lr-inside-buffer", "learning rate inside the momentum buffer", "a ← μ a + g;  w ← w − η a", "a ← μ a + η g;  w ← w − a"),
                new Mistake("textbook-form", "the textbook form where the TensorFlow form was asked", "a ← μ a + g;  w ← w − η a", "v ← μ v − η g;  w ← w + v"));
        put("nesterov", List.of("accum"), SIGN, STATE_NOT_UPDATED,
                new Mistake("no-nesterov-term", "plain momentum instead of Nesterov", "w ← w − η g − η μ a", "w ← w − η a"),
                new Mistake("lr-inside-buffer", "learning rate inside the momentum buffer", "a ← μ a + g", "a ← μ a + η g"));
        put("adagrad", List.of("accum"), SIGN, STATE_NOT_UPDATED,
                new Mistake("initial-accumulator-zero", "wrong initial accumulator (0 instead of initial_accumulator)", "acc₀ = initial_accumulator", "acc₀ = 0"),
                new Mistake("g-not-squared", "g instead of g squared", "acc ← acc + g²", "acc ← acc + g"),
                new Mistake("update-before-accumulate", "the update uses the old accumulator", "acc ← acc + g²;  w ← w − η g / √acc", "w ← w − η g / √acc;  acc ← acc + g²"));
        put("adadelta", List.of("accum", "accum_update"), SIGN, STATE_NOT_UPDATED,
                new Mistake("eps-outside-root", "epsilon outside instead of inside the roots", "u = √(acc_u + ε) / √(acc + ε) · g", "u = (√acc_u + ε) / (√acc + ε) · g"),
                new Mistake("no-learning-rate", "the learning rate left out (Zeiler's paper, η = 1)", "w ← w − η u", "w ← w − u"),
                new Mistake("lr-in-accumulator", "the step with the learning rate accumulated instead of u", "acc_u ← ρ acc_u + (1 − ρ) u²", "acc_u ← ρ acc_u + (1 − ρ) (η u)²"));
        put("rmsprop", List.of("ms", "mom"), SIGN, STATE_NOT_UPDATED,
                new Mistake("eps-outside-root", "epsilon outside instead of inside the root", "mom ← μ mom + η g / √(ms + ε)", "mom ← μ mom + η g / (√ms + ε)"),
                new Mistake("ms-starts-at-zero", "wrong initial accumulator (ms from 0 instead of 1)", "ms₀ = 1", "ms₀ = 0"),
                new Mistake("g-not-squared", "g instead of g squared", "ms ← ms + (g² − ms)(1 − ρ)", "ms ← ms + (g − ms)(1 − ρ)"),
                new Mistake("decay-swapped", "decay and 1 − decay swapped", "ms ← ms + (g² − ms)(1 − ρ)", "ms ← ms + (g² − ms) ρ"));
        put("rmsprop-centered", List.of("ms", "mg", "mom"), SIGN, STATE_NOT_UPDATED,
                new Mistake("not-centered", "not centered (the mean gradient kept but left out of the root)", "mom ← μ mom + η g / √(ms − mg² + ε)", "mom ← μ mom + η g / √(ms + ε)"),
                new Mistake("eps-outside-root", "epsilon outside instead of inside the root", "mom ← μ mom + η g / √(ms − mg² + ε)", "mom ← μ mom + η g / (√(ms − mg²) + ε)"),
                new Mistake("ms-starts-at-zero", "wrong initial accumulator (ms from 0 instead of 1)", "ms₀ = 1", "ms₀ = 0"));
        put("adam", List.of("m", "v"), SIGN, STATE_NOT_UPDATED,
                new Mistake("eps-inside-root", "epsilon inside instead of outside the root", "w ← w − α m / (√v + ε)", "w ← w − α m / √(v + ε)"),
                new Mistake("no-bias-correction", "no bias correction", "α = η √(1 − β₂ᵗ) / (1 − β₁ᵗ)", "α = η"),
                T_OFF_BY_ONE,
                new Mistake("g-not-squared", "g instead of g squared", "v ← v + (g² − v)(1 − β₂)", "v ← v + (g − v)(1 − β₂)"),
                new Mistake("textbook-form", "the textbook/paper form (ε on the corrected moment) where the TensorFlow form was asked",
                        "w ← w − α m / (√v + ε)", "w ← w − η m̂ / (√v̂ + ε)"));
        put("adamax", List.of("m", "u"), SIGN, STATE_NOT_UPDATED,
                new Mistake("no-bias-correction", "no bias correction", "w ← w − η / (1 − β₁ᵗ) · m / (u + ε)", "w ← w − η m / (u + ε)"),
                T_OFF_BY_ONE,
                new Mistake("eps-inside-max", "epsilon inside the max (PyTorch's form)", "u ← max(β₂ u, |g|);  w ← w − … m / (u + ε)", "u ← max(β₂ u, |g| + ε);  w ← w − … m / u"));
        put("nadam", List.of("m", "v"), SIGN, STATE_NOT_UPDATED,
                new Mistake("no-product", "the momentum-schedule product not kept (P = μ_t instead of μ_1 ⋯ μ_t)", "P ← P μ_t", "P = μ_t"),
                new Mistake("v-not-corrected", "no bias correction of v", "v̂ = v / (1 − β₂ᵗ)", "v̂ = v"),
                new Mistake("keras-schedule", "Keras' momentum schedule where TensorFlow's was asked", "μ_t = β₁ (1 − ½ · 0.96^(0.004 t))", "μ_t = β₁ (1 − ½ · 0.96^t)"),
                new Mistake("frozen-step", "TF Java's frozen step (nadam-tfjava) where the real step t was asked", "t = the update's number in μ_t and v̂",
                        "t = 1 in μ_t and v̂ at every update"));
        put("nadam-tfjava", List.of("m", "v"), SIGN, STATE_NOT_UPDATED,
                new Mistake("real-step", "the real step t where TF Java's frozen step was asked", "μ₁, μ₂ and v̂ = v / (1 − β₂) at every update",
                        "μ_t, μ_(t+1) and v̂ = v / (1 − β₂ᵗ)"),
                new Mistake("no-product", "the momentum-schedule product not kept (P = μ₁ instead of μ₁ᵗ)", "P ← P μ₁", "P = μ₁"));
        put("keras-sgd", List.of("m"), Map.of("m", "momentum"), SIGN, STATE_NOT_UPDATED,
                new Mistake("tensorflow-form", "the TensorFlow kernel's form (η outside the buffer) where Keras' was asked", "m ← μ m − η g;  w ← w + m",
                        "m ← μ m + g;  w ← w − η m"),
                new Mistake("nesterov-ignored", "plain momentum where nesterov = 1 was asked", "w ← w + μ m − η g", "w ← w + m"));
        put("keras-rmsprop", List.of("v", "mg", "mom"), Map.of("mg", "centered", "mom", "momentum"), SIGN, STATE_NOT_UPDATED,
                new Mistake("eps-outside-root", "epsilon outside instead of inside the root", "mom ← μ mom + η g / √d", "mom ← μ mom + η g / (√(d − ε) + ε)"),
                new Mistake("v-starts-at-one", "the TensorFlow kernel's initial mean square (v from 1 instead of 0)", "v₀ = 0", "v₀ = 1"),
                new Mistake("not-centered", "not centered where centered = 1 was asked (mg kept but left out of the root)", "d = v − mg² + ε", "d = v + ε"));
        put("keras-adagrad", List.of("acc"), SIGN, STATE_NOT_UPDATED,
                new Mistake("initial-accumulator-tf", "wrong initial accumulator (TensorFlow's 0.01 instead of Keras' initial_accumulator_value)", "acc₀ = a₀ (0.1)", "acc₀ = 0.01"),
                new Mistake("initial-accumulator-zero", "wrong initial accumulator (0 instead of initial_accumulator_value)", "acc₀ = a₀ (0.1)", "acc₀ = 0"),
                new Mistake("g-not-squared", "g instead of g squared", "acc ← acc + g²", "acc ← acc + g"));
        put("keras-adadelta", List.of("acc", "acc_d"), SIGN, STATE_NOT_UPDATED,
                new Mistake("eps-outside-root", "epsilon outside instead of inside the roots", "d = −√(acc_d + ε) g / √(acc + ε)", "d = −(√acc_d + ε) g / (√acc + ε)"),
                new Mistake("no-learning-rate", "the learning rate left out (Zeiler's paper, η = 1)", "w ← w + η d", "w ← w + d"),
                new Mistake("lr-in-accumulator", "the step with the learning rate accumulated instead of d", "acc_d ← ρ acc_d + (1 − ρ) d²", "acc_d ← ρ acc_d + (1 − ρ) (η d)²"));
        put("keras-adam", List.of("m", "v", "v_hat"), Map.of("v_hat", "amsgrad"), SIGN, STATE_NOT_UPDATED,
                new Mistake("eps-inside-root", "epsilon inside instead of outside the root", "w ← w − α m / (√v + ε)", "w ← w − α m / √(v + ε)"),
                new Mistake("no-bias-correction", "no bias correction", "α = η √(1 − β₂ᵗ) / (1 − β₁ᵗ)", "α = η"),
                T_OFF_BY_ONE,
                new Mistake("paper-form", "the paper's form (ε on the corrected moment) where Keras' was asked", "w ← w − α m / (√v + ε)", "w ← w − η m̂ / (√v̂ + ε)"),
                new Mistake("amsgrad-ignored", "v used where amsgrad = 1 asks for the running maximum v̂", "v̂ ← max(v̂, v), used for v", "v used as it is"));
        put("keras-adamax", List.of("m", "u"), SIGN, STATE_NOT_UPDATED,
                new Mistake("no-bias-correction", "no bias correction", "w ← w − η m / ((1 − β₁ᵗ)(u + ε))", "w ← w − η m / (u + ε)"),
                T_OFF_BY_ONE,
                new Mistake("eps-inside-max", "epsilon inside the max (PyTorch's form)", "u ← max(β₂ u, |g|);  … (u + ε)", "u ← max(β₂ u, |g| + ε);  … u"));
        put("keras-nadam", List.of("m", "v"), SIGN, STATE_NOT_UPDATED,
                new Mistake("no-product", "the momentum-schedule product not kept (P = u_t instead of u_1 ⋯ u_t)", "P ← P β₁ (1 − ½ · 0.96ᵗ)", "P = u_t"),
                new Mistake("tensorflow-schedule", "TensorFlow's momentum schedule where Keras' was asked", "u_t = β₁ (1 − ½ · 0.96ᵗ)", "u_t = β₁ (1 − ½ · 0.96^(0.004 t))"),
                new Mistake("v-not-corrected", "no bias correction of v", "v̂ = v / (1 − β₂ᵗ)", "v̂ = v"));
        put("keras-adamw", List.of("m", "v", "v_hat"), Map.of("v_hat", "amsgrad"), SIGN,
                new Mistake("decay-after-step", "the weight decay applied after the Adam step instead of before it", "w ← w − w λ η, then the Adam step",
                        "the Adam step, then w ← w − w λ η"),
                new Mistake("no-decay", "the weight decay left out (plain keras-adam)", "w ← w − w λ η", "no decay"),
                new Mistake("decay-without-lr", "the weight decay without the learning rate", "w ← w − w λ η", "w ← w − w λ"),
                new Mistake("l2-in-gradient", "L2 in the gradient instead of decoupled weight decay", "w ← w − w λ η, then the Adam step on g",
                        "the Adam step on g + λ w"));
        put("momentum-textbook", List.of("v"), SIGN, STATE_NOT_UPDATED,
                new Mistake("tensorflow-form", "the TensorFlow kernel's form where the textbook form was asked", "v ← μ v − η g;  w ← w + v", "v ← μ v + g;  w ← w − η v"),
                new Mistake("lr-outside-buffer", "the learning rate outside the velocity", "v ← μ v − η g;  w ← w + v", "v ← μ v − g;  w ← w + η v"));
        put("nesterov-textbook", List.of("v"), SIGN, STATE_NOT_UPDATED,
                new Mistake("tensorflow-form", "the TensorFlow kernel's Nesterov where the textbook form was asked", "v ← μ v − η g;  w ← w + v",
                        "v ← μ v + g;  w ← w − η g − η μ v"),
                new Mistake("rearranged-form", "Keras' rearranged Nesterov on a gradient already taken at the look-ahead point", "w ← w + v",
                        "w ← w + μ v − η g"));
        put("adagrad-textbook", List.of("r"), SIGN, STATE_NOT_UPDATED,
                new Mistake("delta-inside-root", "delta inside instead of outside the root", "w ← w − η g / (δ + √r)", "w ← w − η g / √(r + δ)"),
                new Mistake("tensorflow-form", "the TensorFlow kernel's form (r from 0.01, no δ) where the textbook form was asked", "r₀ = 0;  w ← w − η g / (δ + √r)",
                        "r₀ = 0.01;  w ← w − η g / √r"),
                new Mistake("g-not-squared", "g instead of g squared", "r ← r + g²", "r ← r + g"));
        put("rmsprop-textbook", List.of("r"), SIGN, STATE_NOT_UPDATED,
                new Mistake("delta-inside-root", "delta inside instead of outside the root (the printed book's form)", "w ← w − η g / (δ + √r)", "w ← w − η g / √(δ + r)"),
                new Mistake("starts-at-one", "wrong initial accumulator (r from 1, TensorFlow's ms, instead of 0)", "r₀ = 0", "r₀ = 1"),
                new Mistake("decay-swapped", "decay and 1 − decay swapped", "r ← ρ r + (1 − ρ) g²", "r ← (1 − ρ) r + ρ g²"));
        put("rmsprop-notebook", List.of("u"), SIGN, STATE_NOT_UPDATED,
                new Mistake("eps-outside-root", "epsilon outside instead of inside the root (the course sheet's form)", "w ← w − η g / √(u + ε)", "w ← w − η g / (√u + ε)"),
                new Mistake("starts-at-one", "wrong initial accumulator (u from 1, TensorFlow's ms, instead of 0)", "u₀ = 0", "u₀ = 1"),
                new Mistake("decay-swapped", "decay and 1 − decay swapped", "u ← ρ u + (1 − ρ) g²", "u ← (1 − ρ) u + ρ g²"));
        put("rmsprop-nesterov-textbook", List.of("r", "v"), SIGN, STATE_NOT_UPDATED,
                new Mistake("no-momentum", "the velocity not carried over (plain RMSProp)", "v ← μ v − η g / √r", "v ← −η g / √r"),
                new Mistake("starts-at-one", "wrong initial accumulator (r from 1, TensorFlow's ms, instead of 0)", "r₀ = 0", "r₀ = 1"),
                new Mistake("decay-swapped", "decay and 1 − decay swapped", "r ← ρ r + (1 − ρ) g²", "r ← (1 − ρ) r + ρ g²"));
        put("adam-textbook", List.of("s", "r"), SIGN, STATE_NOT_UPDATED,
                new Mistake("delta-outside-root", "delta outside instead of inside the root (the printed book's and the paper's form)", "w ← w − η ŝ / √(r̂ + δ)",
                        "w ← w − η ŝ / (√r̂ + δ)"),
                new Mistake("no-bias-correction", "no bias correction", "ŝ = s / (1 − β₁ᵗ),  r̂ = r / (1 − β₂ᵗ)", "ŝ = s,  r̂ = r"),
                T_OFF_BY_ONE,
                new Mistake("tensorflow-form", "the TensorFlow kernel's form (epsilon hat) where the course sheet's was asked", "w ← w − η ŝ / √(r̂ + δ)",
                        "w ← w − η √(1 − β₂ᵗ) / (1 − β₁ᵗ) · s / (√r + δ)"));
        put("adam-paper", List.of("m", "v"), SIGN, STATE_NOT_UPDATED,
                new Mistake("eps-inside-root", "epsilon inside instead of outside the root", "w ← w − η m̂ / (√v̂ + ε)", "w ← w − η m̂ / √(v̂ + ε)"),
                new Mistake("no-bias-correction", "no bias correction", "m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)", "m̂ = m,  v̂ = v"),
                T_OFF_BY_ONE,
                new Mistake("tensorflow-form", "the TensorFlow kernel's form (epsilon hat) where the paper's was asked", "w ← w − η m̂ / (√v̂ + ε)",
                        "w ← w − η √(1 − β₂ᵗ) / (1 − β₁ᵗ) · m / (√v + ε)"));
    }

    private static void put(String name, List<String> state, Mistake... mistakes) {
        put(name, state, Map.of(), mistakes);
    }

    private static void put(String name, List<String> state, Map<String, String> whenSet, Mistake... mistakes) {
        ENTRIES.put(name, new Entry(state, whenSet, List.of(mistakes)));
    }

    private RuleExercises() {
    }

    /** The rule's state names and mistakes; a name not listed keeps no checked state and has no diagnosis. */
    public static Entry of(String name) {
        return ENTRIES.getOrDefault(name, new Entry(List.of(), Map.of(), List.of()));
    }

    public static List<String> withReferences() {
        return List.copyOf(ENTRIES.keySet());
    }
}
