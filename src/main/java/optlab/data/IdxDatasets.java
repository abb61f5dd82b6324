package optlab.data;

import java.nio.file.Path;

/**
 * Turns a pair of IDX files (images and labels) into a {@link Dataset} of raw pixel values 0..255
 * as floats, one image per row. Works on any IDX pair, so tests and other data sets (Fashion-MNIST)
 * can use it without MNIST's checksums.
 */
public final class IdxDatasets {
    private IdxDatasets() {
    }

    /**
     * Reads both files (raw or gzipped) and checks that they hold the same number of items and that
     * every label is in {@code 0..classes-1}.
     */
    public static Dataset load(Path images, Path labels, String name, int classes) {
        return toDataset(name, classes,
                String.valueOf(images.getFileName()), IdxReader.readImages(images),
                String.valueOf(labels.getFileName()), IdxReader.readLabels(labels));
    }

    static Dataset toDataset(String name, int classes, String imagesFile, IdxImages images,
                             String labelsFile, int[] labels) {
        if (labels.length != images.count()) {
            throw new DataException(labelsFile + ": " + labels.length + " labels, but " + imagesFile
                    + " has " + images.count() + " images");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= classes) {
                throw new DataException(labelsFile + ": label " + labels[i] + " at index " + i
                        + " is outside 0.." + (classes - 1));
            }
        }
        byte[] pixels = images.pixels();
        float[] x = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            x[i] = pixels[i] & 0xFF;
        }
        return new Dataset(name, images.count(), images.features(), classes, x, labels);
    }
}
