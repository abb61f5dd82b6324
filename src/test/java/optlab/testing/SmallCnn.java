package optlab.testing;

import java.util.List;
import optlab.data.Dataset;
import optlab.spec.Activation;
import optlab.spec.Init;
import optlab.spec.LayerSpec;
import optlab.spec.Loss;
import optlab.spec.ModelSpec;
import optlab.spec.Padding;

/**
 * A small network with every layer kind, on 8 x 8 single-channel images in 3 classes: conv (same
 * padding), max pooling, dropout, flatten, a hidden dense layer and dropout again. Fast enough to
 * step both trainers many times in a test.
 */
public final class SmallCnn {

    public static final int SIDE = 8;
    public static final int FEATURES = SIDE * SIDE;

    private SmallCnn() {
    }

    public static ModelSpec model(Activation activation, Loss loss, double l2) {
        return ModelSpec.stack(List.of(SIDE, SIDE, 1), List.of(
                new LayerSpec.Conv2d(4, 3, 1, Padding.SAME, activation),
                new LayerSpec.MaxPool2d(2, 2, Padding.VALID),
                new LayerSpec.Dropout(0.25),
                new LayerSpec.Conv2d(3, 2, 1, Padding.VALID, activation),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(8, activation),
                new LayerSpec.Dropout(0.5),
                new LayerSpec.Dense(3, Activation.LINEAR)), 0.1, Init.GLOROT, loss, l2);
    }

    public static ModelSpec model() {
        return model(Activation.RELU, Loss.CROSS_ENTROPY, 0);
    }

    /** 200 images whose class brightens one of three bands of rows. */
    public static Dataset images() {
        return SyntheticData.threeClasses(FEATURES);
    }
}
