package optlab.scratch.optim;

import optlab.spec.SpecException;

/** Range checks shared by the rules' constructors; messages name the hyperparameter and value. */
final class Hyperparameters {

    private Hyperparameters() {
    }

    static float positive(String name, float value) {
        if (!(value > 0) || Float.isInfinite(value)) {
            throw new SpecException(name + " must be a positive number, got " + value);
        }
        return value;
    }

    static float nonNegative(String name, float value) {
        if (!(value >= 0) || Float.isInfinite(value)) {
            throw new SpecException(name + " must be a number >= 0, got " + value);
        }
        return value;
    }

    static float inUnitInterval(String name, float value) {
        if (!(value >= 0 && value < 1)) {
            throw new SpecException(name + " must be in [0, 1), got " + value);
        }
        return value;
    }
}
