package optlab.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * One fixed case of a layer exercise: the inputs in the exercise's order (activation: x; loss:
 * logits, labels; dense: x, W, b) and dL/dy for backward (null for the loss, whose output is the
 * loss itself).
 */
record LayerCase(String name, List<LayerArray> inputs, LayerArray gradY) {

    LayerArray input(int i) {
        return inputs.get(i);
    }

    /** This case with element {@code element} of input {@code input} set to {@code value}. */
    LayerCase with(int input, int element, float value) {
        var changed = new ArrayList<>(inputs);
        changed.set(input, inputs.get(input).with(element, value));
        return new LayerCase(name, changed, gradY);
    }
}
