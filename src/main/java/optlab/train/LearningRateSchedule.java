package optlab.train;

import optlab.spec.ScheduleSpec;

/**
 * The learning rate of each update, computed once in Java and handed to whichever trainer runs,
 * so both apply the same rate at the same step. {@code k} counts the updates already applied, so
 * the first update uses the optimizer's lr (as Keras and TensorFlow schedules do).
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /** The rate for the update that follows {@code k} completed updates. */
    double rate(long k);

    /** The schedule of a spec, its defaults filled in from the run's length. */
    static LearningRateSchedule of(ScheduleSpec spec, double lr, long totalSteps, long stepsPerEpoch) {
        var p = spec.params();
        return switch (spec.name()) {
            case "constant" -> k -> lr;
            case "linear" -> linear(lr, p.getOrDefault("end_lr", lr / 100), p.getOrDefault("steps", (double) totalSteps).longValue());
            case "step" -> {
                double factor = p.getOrDefault("factor", 0.5);
                long every = p.getOrDefault("every_epochs", 1.0).longValue() * stepsPerEpoch;
                yield k -> lr * Math.pow(factor, Math.floorDiv(k, every));
            }
            case "exponential" -> {
                double rate = p.getOrDefault("rate", 0.9);
                double every = p.getOrDefault("every_epochs", 1.0) * stepsPerEpoch;
                yield k -> lr * Math.pow(rate, k / every);
            }
            case "cosine" -> cosine(lr, p.getOrDefault("end_lr", 0.0), p.getOrDefault("steps", (double) totalSteps).longValue());
            default -> throw new IllegalArgumentException("no schedule '" + spec.name() + "'");
        };
    }

    /** eps_k = (1 - a) eps_0 + a eps_tau with a = k / tau, then eps_tau (Goodfellow et al., section 8.3.1). */
    private static LearningRateSchedule linear(double lr, double end, long tau) {
        return k -> {
            double a = Math.min(1.0, (double) k / tau);
            return (1 - a) * lr + a * end;
        };
    }

    private static LearningRateSchedule cosine(double lr, double end, long steps) {
        return k -> end + (lr - end) * 0.5 * (1 + Math.cos(Math.PI * Math.min(k, steps) / steps));
    }
}
