package optlab.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optimizers optlab knows, with their hyperparameters and defaults, in four families. A name
 * without a suffix follows TensorFlow Java 1.0.0 exactly, defaults included (except momentum 0.9
 * where TF has 0.0, as the course material uses); {@code nadam-tfjava} is TF Java's own Nadam, whose
 * step number is frozen at 1. {@code keras-} names follow Keras 3, its defaults and its hyperparameter
 * names included. Both run on both trainers. {@code -textbook} and {@code -notebook} names are the
 * course's forms and {@code -paper} names the papers'; they have no TensorFlow twin. Both trainers
 * read hyperparameters only through specs checked here.
 */
public final class OptimizerCatalog {

    /** Where a rule comes from; the TensorFlow and Keras families run on both trainers, the others on the scratch network only. */
    public enum Family {
        TENSORFLOW("TensorFlow Java 1.0.0 kernels", true),
        KERAS("Keras 3", true),
        COURSE("course sheet and notebooks (textbook)", false),
        PAPER("papers", false);

        private final String title;
        private final boolean tensorflow;

        Family(String title, boolean tensorflow) {
            this.title = title;
            this.tensorflow = tensorflow;
        }

        public String title() {
            return title;
        }

        /** Whether the TensorFlow trainer runs this family's rules. */
        public boolean tensorflow() {
            return tensorflow;
        }
    }

    /** name -> (family, learning rate, other hyperparameters with defaults in order). */
    private record Entry(Family family, double learningRate, Map<String, Double> defaults) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    /** Hyperparameters that must lie in [0, 1). */
    private static final java.util.Set<String> UNIT_INTERVAL = java.util.Set.of("momentum", "beta1", "beta2", "rho", "decay",
            "beta_1", "beta_2");

    /** Hyperparameters that may be 0: must be finite and at least 0. */
    private static final java.util.Set<String> NON_NEGATIVE = java.util.Set.of("initial_accumulator_value", "weight_decay");

    /** Switches, 0 (off) or 1 (on), as Keras' boolean arguments. Every other hyperparameter must be positive and finite. */
    private static final java.util.Set<String> FLAGS = java.util.Set.of("nesterov", "centered", "amsgrad");

    static {
        put("sgd", Family.TENSORFLOW, 0.01);
        put("momentum", Family.TENSORFLOW, 0.01, "momentum", 0.9);
        put("nesterov", Family.TENSORFLOW, 0.01, "momentum", 0.9);
        put("adagrad", Family.TENSORFLOW, 0.001, "initial_accumulator", 0.01);
        put("adadelta", Family.TENSORFLOW, 0.001, "rho", 0.95, "epsilon", 1e-7);
        put("rmsprop", Family.TENSORFLOW, 0.001, "decay", 0.9, "momentum", 0.0, "epsilon", 1e-10);
        put("rmsprop-centered", Family.TENSORFLOW, 0.001, "decay", 0.9, "momentum", 0.0, "epsilon", 1e-10);
        put("adam", Family.TENSORFLOW, 0.001, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8);
        put("adamax", Family.TENSORFLOW, 0.001, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-7);
        put("nadam", Family.TENSORFLOW, 0.001, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8);
        put("nadam-tfjava", Family.TENSORFLOW, 0.001, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8);
        put("keras-sgd", Family.KERAS, 0.01, "momentum", 0.0, "nesterov", 0.0);
        put("keras-rmsprop", Family.KERAS, 0.001, "rho", 0.9, "momentum", 0.0, "epsilon", 1e-7, "centered", 0.0);
        put("keras-adagrad", Family.KERAS, 0.001, "initial_accumulator_value", 0.1, "epsilon", 1e-7);
        put("keras-adadelta", Family.KERAS, 0.001, "rho", 0.95, "epsilon", 1e-7);
        put("keras-adam", Family.KERAS, 0.001, "beta_1", 0.9, "beta_2", 0.999, "epsilon", 1e-7, "amsgrad", 0.0);
        put("keras-adamax", Family.KERAS, 0.001, "beta_1", 0.9, "beta_2", 0.999, "epsilon", 1e-7);
        put("keras-nadam", Family.KERAS, 0.001, "beta_1", 0.9, "beta_2", 0.999, "epsilon", 1e-7);
        put("keras-adamw", Family.KERAS, 0.001, "weight_decay", 0.004, "beta_1", 0.9, "beta_2", 0.999, "epsilon", 1e-7,
                "amsgrad", 0.0);
        put("momentum-textbook", Family.COURSE, 0.01, "momentum", 0.9);
        put("nesterov-textbook", Family.COURSE, 0.01, "momentum", 0.9);
        put("adagrad-textbook", Family.COURSE, 0.001, "delta", 1e-7);
        put("rmsprop-textbook", Family.COURSE, 0.001, "decay", 0.9, "delta", 1e-6);
        put("rmsprop-notebook", Family.COURSE, 0.001, "decay", 0.9, "epsilon", 1e-8);
        put("rmsprop-nesterov-textbook", Family.COURSE, 0.001, "decay", 0.9, "momentum", 0.9);
        put("adam-textbook", Family.COURSE, 0.001, "beta1", 0.9, "beta2", 0.999, "delta", 1e-8);
        put("adam-paper", Family.PAPER, 0.001, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8);
    }

    private static void put(String name, Family family, double lr, Object... keyValues) {
        var defaults = new LinkedHashMap<String, Double>();
        for (int i = 0; i < keyValues.length; i += 2) {
            defaults.put((String) keyValues[i], (Double) keyValues[i + 1]);
        }
        ENTRIES.put(name, new Entry(family, lr, java.util.Collections.unmodifiableMap(defaults)));
    }

    /** Whether the TensorFlow trainer has this optimizer; the course and paper forms exist only in the scratch network. */
    public static boolean runsOnTensorFlow(String name) {
        return entry(name).family().tensorflow();
    }

    /** Every optimizer with a TensorFlow twin (the TensorFlow and Keras families): the ones {@code validate} checks by default. */
    public static List<String> tensorflowNames() {
        return ENTRIES.entrySet().stream().filter(e -> e.getValue().family().tensorflow()).map(Map.Entry::getKey).toList();
    }

    public static Family family(String name) {
        return entry(name).family();
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
                throw new SpecException("optimizer '" + text.trim() + "' is missing ')'");
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
                if (--depth < 0) {
                    throw new SpecException("optimizers '" + text + "': a ')' at character " + (i + 1) + " closes no '('");
                }
            } else if (c == ',' && depth == 0) {
                if (!text.substring(start, i).isBlank()) {
                    specs.add(parse(text.substring(start, i)));
                }
                start = i + 1;
            }
        }
        if (depth > 0) {
            throw new SpecException("optimizer '" + text.substring(start).trim() + "' is missing ')'");
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
            String range = range(e.getKey(), e.getValue());
            if (range != null) {
                throw new SpecException("optimizer '" + spec.name() + "': " + e.getKey() + " must be " + range + ", got " + e.getValue());
            }
        }
        return spec;
    }

    /** What {@code key} must be when {@code v} is out of its range, or null when v is in it. */
    private static String range(String key, double v) {
        if (UNIT_INTERVAL.contains(key)) {
            return v >= 0 && v < 1 ? null : "in [0, 1)";
        }
        if (NON_NEGATIVE.contains(key)) {
            return v >= 0 && !Double.isInfinite(v) ? null : "a number >= 0";
        }
        if (FLAGS.contains(key)) {
            return v == 0 || v == 1 ? null : "0 (off) or 1 (on)";
        }
        return v > 0 && !Double.isInfinite(v) ? null : "a positive number";
    }

    private static Entry entry(String name) {
        Entry entry = ENTRIES.get(name);
        if (entry == null) {
            throw Choices.unknown("optimizer", name, List.copyOf(ENTRIES.keySet()));
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
