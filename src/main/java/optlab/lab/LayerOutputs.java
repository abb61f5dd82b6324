package optlab.lab;

import java.util.List;

/** What a layer computed on one case: its forward output (the loss: one element) and its gradients, in the exercise's order. */
record LayerOutputs(float[] y, List<float[]> gradients) {
}
