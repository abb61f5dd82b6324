package optlab.scratch.layer;

import optlab.spec.Padding;

/**
 * Where the square windows of a convolution or pooling layer read an H x W image: for output
 * position p (row-major over the output's height and width) and window offset w (row-major over
 * the window), {@code pixel[p * area + w]} is the input pixel y * W + x it reads, or -1 where the
 * window hangs over the padding. TensorFlow's placement: padding split evenly, the odd one after.
 */
final class Windows {

    final int outHeight;
    final int outWidth;
    /** Pixels under one window: kernel * kernel. */
    final int area;
    final int[] pixel;

    Windows(int height, int width, int window, int stride, Padding padding) {
        outHeight = padding.outputLength(height, window, stride);
        outWidth = padding.outputLength(width, window, stride);
        area = window * window;
        int top = padding.padBefore(height, window, stride);
        int left = padding.padBefore(width, window, stride);
        pixel = new int[outHeight * outWidth * area];
        int i = 0;
        for (int oy = 0; oy < outHeight; oy++) {
            for (int ox = 0; ox < outWidth; ox++) {
                for (int ky = 0; ky < window; ky++) {
                    for (int kx = 0; kx < window; kx++) {
                        int y = oy * stride + ky - top;
                        int x = ox * stride + kx - left;
                        pixel[i++] = y >= 0 && y < height && x >= 0 && x < width ? y * width + x : -1;
                    }
                }
            }
        }
    }

    int positions() {
        return outHeight * outWidth;
    }
}
