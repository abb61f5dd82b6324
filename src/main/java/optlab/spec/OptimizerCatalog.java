package optlab.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optimizers optlab knows, with their hyperparameters and defaults. Defaults follow TensorFlow
 * Java 1.0.0 except where the mission fixes them (momentum 0.9 rather than TF's 0.0).
 * Both trainers read hyperparameters only through specs checked here.
 */
public final class OptimizerCatalog {

    /** name -> (learning rate, other hyperparameters with defaults). */
    private record Entry(double learningRate, Map<String, Double> defaults) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put("sgd", new Entry(0.01, Map.of()));
        ENTRIES.put("momentum", new Entry(0.01, Map.of("momentum", 0.9)));
        ENTRIES.put("adam", new Entry(0.001, Map.of("beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8)));
    }

    private OptimizerCatalog() {
    }

    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /**
     * Parses one optimizer: {@code adam}, or with overrides {@code momentum(lr=0.01, momentum=0.6)},
     * the same form as {@link OptimizerSpec#label()}. Every hyperparameter ends up explicit.
     */
    public static OptimizerSpec parse(String text) {
        String trimmed = text.trim();
        int open = trimmed.indexOf('(');
        String name = (open < 0 ? trimmed : trimmed.substring(0, open)).trim().toLowerCase(Locale.ROOT);
        Entry entry = entry(name);
        var overrides = new LinkedHashMap<String, Double>();
        if (open >= 0) {
            if (!trimmed.endsWith(")")) {
                throw new SpecException("optimizer '" + text + "' is missing its closing parenthesis");
            }
            for (String pair : trimmed.substring(open + 1, trimmed.length() - 1).split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                if (kv.length != 2) {
                    throw new SpecException("optimizer '" + text + "': expected key=value, got '" + pair.trim() + "'");
                }
                overrides.put(kv[0].trim(), number(name, kv[0].trim(), kv[1].trim()));
            }
        }
        double lr = entry.learningRate;
        var params = new LinkedHashMap<>(entry.defaults);
        for (var e : overrides.entrySet()) {
            String key = e.getKey();
            if (key.equals("lr") || key.equals("learning_rate")) {
                lr = e.getValue();
            } else if (params.containsKey(key)) {
                params.put(key, e.getValue());
            } else {
                throw new SpecException("optimizer '" + name + "' has no hyperparameter '" + key + "' (it has lr"
                        + (entry.defaults.isEmpty() ? "" : ", " + String.join(", ", entry.defaults.keySet())) + ")");
            }
        }
        return validate(new OptimizerSpec(name, lr, params));
    }

    /** Parses a comma-separated list; commas inside parentheses belong to one optimizer. */
    public static List<OptimizerSpec> parseList(String text) {
        var specs = new ArrayList<OptimizerSpec>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                if (!text.substring(start, i).isBlank()) {
                    specs.add(parse(text.substring(start, i)));
                }
                start = i + 1;
            }
        }
        if (specs.isEmpty()) {
            throw new SpecException("no optimizer given (expected a list such as sgd,momentum,adam)");
        }
        return specs;
    }

    /** Checks the name, the keys and the ranges of a spec that did not come through {@link #parse}. */
    public static OptimizerSpec validate(OptimizerSpec spec) {
        Entry entry = entry(spec.name());
        for (var e : spec.params().entrySet()) {
            if (!entry.defaults.containsKey(e.getKey())) {
                throw new SpecException("optimizer '" + spec.name() + "' has no hyperparameter '" + e.getKey() + "'");
            }
            double v = e.getValue();
            boolean ok = switch (e.getKey()) {
                case "momentum", "beta1", "beta2" -> v >= 0 && v < 1;
                default -> v > 0 && !Double.isInfinite(v);
            };
            if (!ok) {
                throw new SpecException("optimizer '" + spec.name() + "': " + e.getKey() + " out of range, got " + v);
            }
        }
        return spec;
    }

    private static Entry entry(String name) {
        Entry entry = ENTRIES.get(name);
        if (entry == null) {
            throw new SpecException("unknown optimizer '" + name + "' (expected one of " + String.join(", ", ENTRIES.keySet()) + ")");
        }
        return entry;
    }

    private static double number(String optimizer, String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new SpecException("optimizer '" + optimizer + "': " + key + " is not a number: '" + value + "'");
        }
    }
}
