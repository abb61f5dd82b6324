package optlab.spec;

import java.util.List;
import java.util.Optional;

/**
 * Published per-epoch figures an experiment is set beside: the curves of a reference file
 * ({@code reference/keras-notebook-000.csv}), each mapped to the experiment's optimizer it mirrors.
 * They are read when the experiment file is loaded and travel with the spec, so a report redrawn
 * from stored results draws them too.
 *
 * @param file the file as the experiment names it
 */
public record Reference(String file, List<Curve> curves) {

    public Reference {
        curves = List.copyOf(curves);
    }

    /** One published run: the file's optimizer name and settings text, the optimizer it mirrors, its epochs in order. */
    public record Curve(String name, String settings, OptimizerSpec optimizer, List<Point> epochs) {

        public Curve {
            epochs = List.copyOf(epochs);
        }

        /** The published figure at {@code epoch} (1-based), if the file has it. */
        public Optional<Point> at(int epoch) {
            return epochs.stream().filter(p -> p.epoch() == epoch).findFirst();
        }
    }

    /** Keras' running means over one epoch's batches, as {@code fit()} prints them. */
    public record Point(int epoch, double trainAccuracy, double trainLoss) {
    }

    /** The curve that mirrors {@code optimizer}, if any. */
    public Optional<Curve> of(OptimizerSpec optimizer) {
        return curves.stream().filter(c -> c.optimizer().equals(optimizer)).findFirst();
    }
}
