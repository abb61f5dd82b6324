package optlab.run;

import java.util.List;
import java.util.stream.Collectors;
import optlab.spec.LayerSpec;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;
import optlab.spec.SpecException;

/**
 * Checks, before anything is allocated, that a run's batches fit its data and its arrays fit this
 * JVM: a batch larger than the training or validation rows, a split that leaves less than one batch
 * on either side, a layer with more weights than one Java array holds, or a model whose weights,
 * gradients, optimizer state and batch activations would not fit in the heap, each end in one line.
 */
public final class RunSize {

    /** The most elements of one Java array, with headroom for the VM's array header. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 16;
    /** Copies of each weight a run may hold at once: weights, gradients, two optimizer slots, the other trainer's copy, float64 lockstep. */
    private static final int COPIES_PER_WEIGHT = 8;
    /** Arrays of batch x width a run holds per layer: activations, pre-activations, their gradients. */
    private static final int COPIES_PER_ACTIVATION = 4;

    private RunSize() {
    }

    /** The training rows after the validation split, as {@code Preprocessor} makes it. */
    public static int validationRows(int examples, double validationFraction) {
        return (int) Math.round(examples * validationFraction);
    }

    /** Refuses a batch or split that leaves less than one batch of training or validation rows out of {@code examples}. */
    public static void checkSplit(int examples, double validationFraction, int batchSize) {
        int validation = validationRows(examples, validationFraction);
        int training = examples - validation;
        if (validationFraction > 0 && validation < batchSize) {
            throw new SpecException("validation " + validationFraction + " of " + examples + " training examples holds out "
                    + validation + ", fewer than one batch of " + batchSize);
        }
        if (training < batchSize) {
            throw new SpecException("batch size " + batchSize + " is more than the " + training + " training examples"
                    + (validationFraction > 0 ? " left after the validation split of " + validationFraction : ""));
        }
    }

    /** Refuses a model whose arrays cannot be allocated, or would not fit in {@code heapBytes}, for batches of {@code batchSize}. */
    public static void checkMemory(ModelSpec model, int batchSize, long heapBytes) {
        ModelLayout layout = ModelLayout.of(model);
        long weights = 0;
        long activations = (long) batchSize * layout.features();
        for (ModelLayout.Stage stage : layout.stages()) {
            int layer = stage.index() + 1;
            for (ModelLayout.TensorSpec t : stage.parameters()) {
                long size = elements(t.shape());
                if (size > MAX_ARRAY) {
                    throw new SpecException("layer " + layer + " of " + model.label() + " (" + t.shape().stream().map(String::valueOf)
                            .collect(Collectors.joining(" x ")) + ") has " + size + " weights, more than one array can hold (" + MAX_ARRAY + ")");
                }
                weights += size;
            }
            long out = (long) batchSize * elements(stage.out());
            long largest = out;
            if (stage.layer() instanceof LayerSpec.Conv2d conv) {
                // im2col: every window of every example as a row (the same again for its gradient, within the copies)
                long cols = (long) batchSize * stage.out().get(0) * stage.out().get(1) * conv.kernel() * conv.kernel() * stage.in().get(2);
                activations += cols;
                largest = Math.max(out, cols);
            }
            if (largest > MAX_ARRAY) {
                throw new SpecException("a batch of " + batchSize + " through layer " + layer + " of " + model.label()
                        + " is more values than one array can hold (" + MAX_ARRAY + ")");
            }
            activations += out;
        }
        double needed = (double) Float.BYTES * (weights * COPIES_PER_WEIGHT + activations * COPIES_PER_ACTIVATION);
        if (needed > heapBytes) {
            throw new SpecException(String.format(java.util.Locale.ROOT,
                    "%s with batch %d needs about %.0f MiB for its weights and batches, more than the %d MiB this JVM may use "
                            + "(a smaller model or batch, or a larger -Xmx)", model.label(), batchSize, needed / (1 << 20), heapBytes >> 20));
        }
    }

    private static long elements(List<Integer> shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** The heap this JVM may still use. */
    public static long freeHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }
}
