package optlab.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learning-rate schedule by name with its settings; the rate it starts from is the optimizer's
 * {@code lr}. Settings left out take their defaults when the run's length is known (see
 * {@code optlab.train.LearningRateSchedule}). The settings are kept sorted by key, one order in every JVM.
 *
 * <ul>
 *   <li>{@code constant}: lr at every step;</li>
 *   <li>{@code linear(end_lr, steps)}: the textbook schedule, lr falling linearly to end_lr over
 *       {@code steps} updates, then constant (defaults: end_lr = lr / 100, steps = the whole run);</li>
 *   <li>{@code step(factor, every_epochs)}: lr * factor^(completed epochs / every_epochs, rounded down)
 *       (defaults 0.5, 1);</li>
 *   <li>{@code exponential(rate, every_epochs)}: lr * rate^(completed updates / updates in every_epochs),
 *       smooth (defaults 0.9, 1);</li>
 *   <li>{@code cosine(end_lr, steps)}: end_lr + (lr - end_lr) (1 + cos(pi k / steps)) / 2, then end_lr
 *       (defaults 0, the whole run).</li>
 * </ul>
 */
public record ScheduleSpec(String name, Map<String, Double> params) {

    private static final Map<String, List<String>> KEYS = Map.of(
            "constant", List.of(),
            "linear", List.of("end_lr", "steps"),
            "step", List.of("factor", "every_epochs"),
            "exponential", List.of("rate", "every_epochs"),
            "cosine", List.of("end_lr", "steps"));

    /** After {@code KEYS}, which its constructor reads. */
    public static final ScheduleSpec CONSTANT = new ScheduleSpec("constant", Map.of());

    public ScheduleSpec {
        params = Collections.unmodifiableMap(new TreeMap<>(params));
        List<String> keys = KEYS.get(name);
        if (keys == null) {
            throw Choices.unknown("schedule", name, List.of("constant", "linear", "step", "exponential", "cosine"));
        }
        for (var e : params.entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw new SpecException("schedule '" + name + "' has no setting '" + e.getKey() + "'"
                        + (keys.isEmpty() ? "" : " (it has " + String.join(", ", keys) + ")"));
            }
            double v = e.getValue();
            boolean ok = switch (e.getKey()) {
                case "end_lr" -> v >= 0 && Double.isFinite(v);
                case "factor", "rate" -> v > 0 && v <= 1;
                default -> v >= 1 && v == Math.rint(v) && Double.isFinite(v);
            };
            if (!ok) {
                throw new SpecException("schedule '" + name + "': " + e.getKey() + " out of range, got " + v
                        + (e.getKey().equals("end_lr") ? " (must be >= 0)" : e.getKey().equals("factor") || e.getKey().equals("rate")
                                ? " (must be in (0, 1])" : " (must be a whole number >= 1)"));
            }
        }
    }

    public boolean isConstant() {
        return name.equals("constant");
    }

    /** Parses {@code cosine} or {@code linear(end_lr=0.001, steps=5000)}. */
    public static ScheduleSpec parse(String text) {
        String trimmed = text.trim();
        int open = trimmed.indexOf('(');
        String name = (open < 0 ? trimmed : trimmed.substring(0, open)).trim().toLowerCase(Locale.ROOT);
        var params = new LinkedHashMap<String, Double>();
        if (open >= 0) {
            if (!trimmed.endsWith(")")) {
                throw new SpecException("schedule '" + text + "' is missing its closing parenthesis");
            }
            for (String pair : trimmed.substring(open + 1, trimmed.length() - 1).split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                if (kv.length != 2) {
                    throw new SpecException("schedule '" + text + "': expected key=value, got '" + pair.trim() + "'");
                }
                try {
                    if (params.put(kv[0].trim(), Double.parseDouble(kv[1].trim())) != null) {
                        throw new SpecException("schedule '" + name + "' sets '" + kv[0].trim() + "' twice");
                    }
                } catch (NumberFormatException e) {
                    throw new SpecException("schedule '" + name + "': " + kv[0].trim() + " is not a number: '" + kv[1].trim() + "'");
                }
            }
        }
        return new ScheduleSpec(name, params);
    }

    /** "cosine(end_lr=0)", or "cosine" without settings. */
    public String label() {
        return label(PythonNumber::of);
    }

    String label(java.util.function.DoubleFunction<String> number) {
        if (params.isEmpty()) {
            return name;
        }
        var sb = new StringBuilder(name).append('(');
        String sep = "";
        for (var e : params.entrySet()) {
            double v = e.getValue();
            sb.append(sep).append(e.getKey()).append('=').append(number.apply(v));
            sep = ", ";
        }
        return sb.append(')').toString();
    }
}
