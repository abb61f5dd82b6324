package optlab.spec;

/**
 * One model of a study that varies the model, e.g. {@code activation=tanh} in a study of
 * activations. The label is empty when the experiment varies nothing.
 */
public record Variant(String label, ModelSpec model) {

    public static Variant only(ModelSpec model) {
        return new Variant("", model);
    }
}
