package optlab.lab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of the update-rule exercises, keyed by catalog name: the state a rule keeps and its known
 * mistakes. Every catalog rule is an exercise (its weights checked against the scratch rule); a rule
 * listed here also has its state checked and its mistakes diagnosed. A new rule joins by adding an
 * entry here and its mistakes to {@link References}.
 */
public final class RuleExercises {

    /** The state names a rule keeps, as the sheet tells the student, and its known mistakes. */
    public record Entry(List<String> state, List<Mistake> mistakes) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static final Mistake SIGN = new Mistake("sign", "the sign of the update (w += instead of w -=)", "w ← w − step", "w ← w + step");
    private static final Mistake STATE_NOT_UPDATED = new Mistake("state-not-updated", "state not updated (the new value is computed but never stored)",
            "store the new state after every step", "the state keeps its initial value");

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
        put("rmsprop", List.of("ms", "mom"), SIGN, STATE_NOT_UPDATED,
                new Mistake("eps-outside-root", "epsilon outside instead of inside the root", "mom ← μ mom + η g / √(ms + ε)", "mom ← μ mom + η g / (√ms + ε)"),
                new Mistake("ms-starts-at-zero", "wrong initial accumulator (ms from 0 instead of 1)", "ms₀ = 1", "ms₀ = 0"),
                new Mistake("g-not-squared", "g instead of g squared", "ms ← ms + (g² − ms)(1 − ρ)", "ms ← ms + (g − ms)(1 − ρ)"),
                new Mistake("decay-swapped", "decay and 1 − decay swapped", "ms ← ms + (g² − ms)(1 − ρ)", "ms ← ms + (g² − ms) ρ"));
        put("adam", List.of("m", "v"), SIGN, STATE_NOT_UPDATED,
                new Mistake("eps-inside-root", "epsilon inside instead of outside the root", "w ← w − α m / (√v + ε)", "w ← w − α m / √(v + ε)"),
                new Mistake("no-bias-correction", "no bias correction", "α = η √(1 − β₂ᵗ) / (1 − β₁ᵗ)", "α = η"),
                new Mistake("t-off-by-one", "t off by one (the first update uses t = 2)", "t = 1 at the first update", "t = 2 at the first update"),
                new Mistake("g-not-squared", "g instead of g squared", "v ← v + (g² − v)(1 − β₂)", "v ← v + (g − v)(1 − β₂)"),
                new Mistake("textbook-form", "the textbook/paper form (ε on the corrected moment) where the TensorFlow form was asked",
                        "w ← w − α m / (√v + ε)", "w ← w − η m̂ / (√v̂ + ε)"));
    }

    private static void put(String name, List<String> state, Mistake... mistakes) {
        ENTRIES.put(name, new Entry(state, List.of(mistakes)));
    }

    private RuleExercises() {
    }

    /** The rule's state names and mistakes; a catalog rule not listed keeps no checked state and has no diagnosis. */
    public static Entry of(String name) {
        return ENTRIES.getOrDefault(name, new Entry(List.of(), List.of()));
    }

    public static List<String> withReferences() {
        return List.copyOf(ENTRIES.keySet());
    }
}
