package optlab.bench;

import java.util.List;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;

/** One network and batch size that {@code optlab bench} times both trainers on. */
public record BenchCase(String name, ModelSpec model, int batchSize) {

    /** The matrix products of one forward pass of a batch. */
    public List<ModelLayout.Product> products() {
        return ModelLayout.of(model).products(batchSize);
    }

    /** Multiply-adds of one training step: the forward products, and twice that backward (the weight and the input gradients). */
    public long stepMultiplyAdds() {
        return 3 * products().stream().mapToLong(ModelLayout.Product::multiplyAdds).sum();
    }
}
