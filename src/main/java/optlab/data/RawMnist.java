package optlab.data;

/** MNIST as stored: 60,000 training and 10,000 test images of 784 raw pixel values 0..255, 10 classes. */
public record RawMnist(Dataset train, Dataset test) {
}
