package optlab.data;

/**
 * The content of an IDX image file: {@code count} images of {@code rows x cols} unsigned bytes,
 * image after image, each row-major. Read a pixel as {@code pixels[i] & 0xFF}.
 */
public record IdxImages(int count, int rows, int cols, byte[] pixels) {

    public IdxImages {
        if (count <= 0 || rows <= 0 || cols <= 0) {
            throw new DataException("IDX images: dimensions " + count + " x " + rows + " x " + cols
                    + " must be positive");
        }
        if (pixels == null || pixels.length != (long) count * rows * cols) {
            throw new DataException("IDX images: " + (pixels == null ? "no" : pixels.length)
                    + " pixels for " + count + " x " + rows + " x " + cols);
        }
    }

    /** Pixels per image, {@code rows * cols}. */
    public int features() {
        return rows * cols;
    }
}
