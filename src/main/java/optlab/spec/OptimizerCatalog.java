package optlab.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optimizers optlab knows, with their hyperparameters and defaults. A name without a suffix
 * follows TensorFlow Java 1.0.0 exactly, defaults included (except momentum 0.9 where TF has 0.0,
 * as the course material uses). {@code -textbook} names are the textbook's forms, which have no
 * TensorFlow twin; {@code nadam-tfjava} is TF Java's own Nadam, whose step number is frozen at 1.
 * Both trainers read hyperparameters only through specs checked here.
 */
public final class OptimizerCatalog {

    /** name -> (learning rate, other hyperparameters with defaults in order, whether TensorFlow runs it). */
    private record Entry(double learningRate, Map<String, Double> defaults, boolean tensorflow) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    /** Hyperparameters that must lie in [0, 1); every other one must be positive and finite. */
    private static final java.util.Set<String> UNIT_INTERVAL = java.util.Set.of("momentum", "beta1", "beta2", "rho", "decay");

    static {
        put("sgd", 0.01, true);
        put("momentum", 0.01, true, "momentum", 0.9);
        put("nesterov", 0.01, true, "momentum", 0.9);
        put("adagrad", 0.001, true, "initial_accumulator", 0.01);
        put("adadelta", 0.001, true, "rho", 0.95, "epsilon", 1e-7);
        put("rmsprop", 0.001, true, "decay", 0.9, "momentum", 0.0, "epsilon", 1e-10);
        put("rmsprop-centered", 0.001, true, "decay", 0.9, "momentum", 0.0, "epsilon", 1e-10);
        put("adam", 0.001, true, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8);
        put("adamax", 0.001, true, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-7);
        put("nadam", 0.001, true, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8);
        put("nadam-tfjava", 0.001, true, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8);
        put("momentum-textbook", 0.01, false, "momentum", 0.9);
        put("rmsprop-textbook", 0.001, false, "decay", 0.9, "delta", 1e-6);
        put("rmsprop-nesterov-textbook", 0.001, false, "decay", 0.9, "momentum", 0.9);
        put("adam-textbook", 0.001, false, "beta1", 0.9, "beta2", 0.999, "delta", 1e-8);
    }

    private static void put(String name, double lr, boolean tensorflow, Object... keyValues) {
        var defaults = new LinkedHashMap<String, Double>();
        for (int i = 0; i < keyValues.length; i += 2) {
            defaults.put((String) keyValues[i], (Double) keyValues[i + 1]);
        }
        ENTRIES.put(name, new Entry(lr, java.util.Collections.unmodifiableMap(defaults), tensorflow));
    }

    /** Whether the TensorFlow trainer has this optimizer; the textbook variants exist only in the scratch network. */
    public static boolean runsOnTensorFlow(String name) {
        return entry(name).tensorflow();
    }

    /** Every TensorFlow-named optimizer: the ones {@code validate} checks by default. */
    public static List<String> tensorflowNames() {
        return ENTRIES.entrySet().stream().filter(e -> e.getValue().tensorflow()).map(Map.Entry::getKey).toList();
    }

    private OptimizerCatalog() {
    }

    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /**
     * Parses one optimizer: {@code adam}, or with overrides {@code momentum(lr=0.01, momentum=0.6)},
     * optionally followed by a schedule, {@code sgd(lr=0.1) @ cosine}: the same form as
     * {@link OptimizerSpec#label()}. Every hyperparameter ends up explicit.
     */
    public static OptimizerSpec parse(String text) {
        int at = text.indexOf('@');
        if (at >= 0) {
            return withSchedule(parse(text.substring(0, at)), ScheduleSpec.parse(text.substring(at + 1)));
        }
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
                String key = kv[0].trim().equals("learning_rate") ? "lr" : kv[0].trim();
                if (overrides.put(key, number(name, kv[0].trim(), kv[1].trim())) != null) {
                    throw new SpecException("optimizer '" + name + "' sets '" + key + "' twice");
                }
            }
        }
        double lr = entry.learningRate;
        var params = new LinkedHashMap<>(entry.defaults);
        for (var e : overrides.entrySet()) {
            String key = e.getKey();
            if (key.equals("lr")) {
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

    /** The optimizer with a schedule; TF Java's own Nadam bakes its rate into the graph and takes none. */
    public static OptimizerSpec withSchedule(OptimizerSpec spec, ScheduleSpec schedule) {
        return validate(spec.withSchedule(schedule));
    }

    /** Checks the name, the keys and the ranges of a spec that did not come through {@link #parse}. */
    public static OptimizerSpec validate(OptimizerSpec spec) {
        Entry entry = entry(spec.name());
        if (spec.name().equals("nadam-tfjava") && !spec.schedule().isConstant()) {
            throw new SpecException("optimizer 'nadam-tfjava' (TF Java's own Nadam) bakes its learning rate into the graph: "
                    + "it cannot follow schedule '" + spec.schedule().label() + "'");
        }
        for (var e : spec.params().entrySet()) {
            if (!entry.defaults.containsKey(e.getKey())) {
                throw new SpecException("optimizer '" + spec.name() + "' has no hyperparameter '" + e.getKey() + "'");
            }
            double v = e.getValue();
            boolean ok = UNIT_INTERVAL.contains(e.getKey()) ? v >= 0 && v < 1 : v > 0 && !Double.isInfinite(v);
            if (!ok) {
                throw new SpecException("optimizer '" + spec.name() + "': " + e.getKey() + " must be "
                        + (UNIT_INTERVAL.contains(e.getKey()) ? "in [0, 1)" : "a positive number") + ", got " + v);
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
