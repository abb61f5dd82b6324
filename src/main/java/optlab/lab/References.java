package optlab.lab;

import java.util.Set;

/**
 * optlab's own rules with named state, in the scratch rules' float32 order (ReferenceRulesTest shows
 * each reproduces its scratch rule bit for bit), each able to make its rule's known mistakes on
 * purpose: the oracle for the state, and the numbers a diagnosis compares a submission with. A
 * mistake id that a rule does not know leaves it correct.
 */
final class References {

    private References() {
    }

    /** The rule {@code name} making {@code mistake} (null: none), or null when optlab has no reference with state for it. */
    static StudentRule of(String name, String mistake) {
        Set<String> m = mistake == null ? Set.of() : Set.of(mistake);
        return switch (name) {
            case "sgd" -> new TensorFlowReferences.Sgd(m);
            case "momentum" -> new TensorFlowReferences.Momentum(m, false);
            case "nesterov" -> new TensorFlowReferences.Momentum(m, true);
            case "adagrad" -> new TensorFlowReferences.AdaGrad(m);
            case "adadelta" -> new TensorFlowReferences.AdaDelta(m, false);
            case "rmsprop" -> new TensorFlowReferences.RmsProp(m, false);
            case "rmsprop-centered" -> new TensorFlowReferences.RmsProp(m, true);
            case "adam" -> new TensorFlowReferences.Adam(m);
            case "adamax" -> new TensorFlowReferences.Adamax(m, false);
            case "nadam" -> new TensorFlowReferences.Nadam(m, false);
            case "nadam-tfjava" -> new TensorFlowReferences.Nadam(m, true);
            case "keras-sgd" -> new KerasReferences.Sgd(m);
            case "keras-rmsprop" -> new KerasReferences.RmsProp(m);
            case "keras-adagrad" -> new KerasReferences.Adagrad(m);
            case "keras-adadelta" -> new TensorFlowReferences.AdaDelta(m, true);
            case "keras-adam" -> new KerasReferences.Adam(m);
            case "keras-adamax" -> new TensorFlowReferences.Adamax(m, true);
            case "keras-nadam" -> new KerasReferences.Nadam(m);
            case "keras-adamw" -> new KerasReferences.AdamW(m);
            case "momentum-textbook" -> new CourseReferences.Momentum(m, false);
            case "nesterov-textbook" -> new CourseReferences.Momentum(m, true);
            case "adagrad-textbook" -> new CourseReferences.AdaGrad(m);
            case "rmsprop-textbook" -> new CourseReferences.RmsProp(m, false);
            case "rmsprop-notebook" -> new CourseReferences.RmsProp(m, true);
            case "rmsprop-nesterov-textbook" -> new CourseReferences.NesterovRmsProp(m);
            case "adam-textbook" -> new CourseReferences.Adam(m, true);
            case "adam-paper" -> new CourseReferences.Adam(m, false);
            default -> null;
        };
    }

    /** {@code w − step}, or {@code w + step} for the sign mistake. */
    static float apply(Set<String> mistakes, float w, float step) {
        return mistakes.contains("sign") ? w + step : w - step;
    }

    static float[] filled(int size, float value) {
        float[] a = new float[size];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
