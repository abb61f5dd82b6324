package optlab.bench;

import java.util.ArrayList;
import java.util.List;
import optlab.spec.ModelLayout;
import optlab.spec.ModelSpec;

/** One network and batch size that {@code optlab bench} times both trainers on. */
public record BenchCase(String name, ModelSpec model, int batchSize) {

    /** The matrix products of one forward pass of a batch, as M x K times K x N (a convolution as im2col makes it). */
    public record Product(long m, long k, long n) {
        long multiplyAdds() {
            return m * k * n;
        }
    }

    public List<Product> products() {
        var products = new ArrayList<Product>();
        for (ModelLayout.Stage stage : ModelLayout.of(model).stages()) {
            for (ModelLayout.TensorSpec tensor : stage.parameters()) {
                if (!tensor.kernel()) {
                    continue;
                }
                List<Integer> shape = tensor.shape();
                if (shape.size() == 2) {
                    products.add(new Product(batchSize, shape.get(0), shape.get(1)));
                } else {
                    long positions = (long) stage.out().get(0) * stage.out().get(1);
                    products.add(new Product(batchSize * positions, (long) shape.get(0) * shape.get(1) * shape.get(2), shape.get(3)));
                }
            }
        }
        return products;
    }

    /** Multiply-adds of one training step: the forward products, and twice that backward (the weight and the input gradients). */
    public long stepMultiplyAdds() {
        return 3 * products().stream().mapToLong(Product::multiplyAdds).sum();
    }
}
