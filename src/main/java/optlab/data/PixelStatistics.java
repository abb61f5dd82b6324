package optlab.data;

/**
 * Each image as two features, the mean and the population standard deviation of its pixel values
 * (computed in double, on the raw 0..255 scale, so {@link Preprocessor}'s scaling divides them by 255).
 */
final class PixelStatistics {

    private PixelStatistics() {
    }

    static Dataset of(Dataset images) {
        int pixels = images.features();
        float[] source = images.x();
        float[] x = new float[images.size() * 2];
        for (int row = 0; row < images.size(); row++) {
            int from = row * pixels;
            double sum = 0;
            for (int i = from; i < from + pixels; i++) {
                sum += source[i];
            }
            double mean = sum / pixels;
            double squares = 0;
            for (int i = from; i < from + pixels; i++) {
                double d = source[i] - mean;
                squares += d * d;
            }
            x[2 * row] = (float) mean;
            x[2 * row + 1] = (float) Math.sqrt(squares / pixels);
        }
        return new Dataset(images.name(), images.size(), 2, images.classes(), x, images.labels());
    }
}
