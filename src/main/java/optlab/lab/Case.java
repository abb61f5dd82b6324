package optlab.lab;

import java.util.List;

/** One fixed-gradient run: a start, a gradient per step, the hyperparameters; compared after every step. */
public record Case(String name, float[] start, List<float[]> gradients, Hyper hp) {
}
