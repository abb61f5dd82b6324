package optlab.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An optimizer by name with its learning rate, any further hyperparameters (e.g.
 * {@code momentum=0.9}) and the schedule that moves the learning rate (constant unless given).
 * Names and allowed keys are checked by {@link OptimizerCatalog}. The hyperparameters are kept sorted by key,
 * so every file written from a spec has one order in every JVM.
 */
public record OptimizerSpec(String name, double learningRate, Map<String, Double> params, ScheduleSpec schedule) {

    public OptimizerSpec(String name, double learningRate, Map<String, Double> params) {
        this(name, learningRate, params, ScheduleSpec.CONSTANT);
    }

    public OptimizerSpec {
        params = Collections.unmodifiableMap(new TreeMap<>(params));
        if (schedule == null) {
            schedule = ScheduleSpec.CONSTANT;
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new SpecException("learning rate of optimizer '" + name + "' must be a positive number, got " + learningRate);
        }
    }

    public double param(String key, double fallback) {
        return params.getOrDefault(key, fallback);
    }

    public OptimizerSpec withLearningRate(double newLearningRate) {
        return new OptimizerSpec(name, newLearningRate, params, schedule);
    }

    /** Whether {@code other} is this optimizer with perhaps another learning rate, as a learning-rate search makes it. */
    public boolean sameButForLearningRate(OptimizerSpec other) {
        return equals(other.withLearningRate(learningRate));
    }

    public OptimizerSpec withSchedule(ScheduleSpec newSchedule) {
        return new OptimizerSpec(name, learningRate, params, newSchedule);
    }

    /**
     * "momentum(lr=0.01, momentum=0.9)": name plus every hyperparameter, sorted by key, then
     * " @ schedule" unless the schedule is constant. {@link OptimizerCatalog#parse} reads it back.
     */
    public String label() {
        return label(PythonNumber::of);
    }

    /**
     * A file-name-safe form of the label: "momentum-lr-0.01-momentum-0.9". Its numbers keep Java's
     * spelling ("1.0E-8"), as they had when the first results were stored: run ids never move.
     */
    public String id() {
        return label(OptimizerSpec::javaNumber).replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("-+$", "");
    }

    private String label(java.util.function.DoubleFunction<String> number) {
        var sb = new StringBuilder(name).append("(lr=").append(number.apply(learningRate));
        params.forEach((k, v) -> sb.append(", ").append(k).append('=').append(number.apply(v)));
        sb.append(')');
        if (!schedule.isConstant()) {
            sb.append(" @ ").append(schedule.label(number));
        }
        return sb.toString();
    }

    static String javaNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
