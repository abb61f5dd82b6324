package optlab.spec;

import java.util.Map;
import java.util.TreeMap;

/**
 * An optimizer by name with its learning rate and any further hyperparameters
 * (e.g. {@code momentum=0.9}). Names and allowed keys are checked by the optimizer registry.
 */
public record OptimizerSpec(String name, double learningRate, Map<String, Double> params) {

    public OptimizerSpec {
        params = Map.copyOf(params);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new SpecException("learning rate of optimizer '" + name + "' must be a positive number, got " + learningRate);
        }
    }

    public double param(String key, double fallback) {
        return params.getOrDefault(key, fallback);
    }

    /** "momentum(lr=0.01, momentum=0.9)": name plus every hyperparameter, sorted by key. */
    public String label() {
        var sb = new StringBuilder(name).append("(lr=").append(format(learningRate));
        new TreeMap<>(params).forEach((k, v) -> sb.append(", ").append(k).append('=').append(format(v)));
        return sb.append(')').toString();
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
