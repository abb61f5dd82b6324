package optlab.spec;

import java.util.Locale;

/** How a convolution or pooling window treats the border, as Keras and TensorFlow name it. */
public enum Padding {
    /** Windows lie wholly inside the input: out = floor((in - window) / stride) + 1. */
    VALID("valid"),
    /** The input is padded so that out = ceil(in / stride); TensorFlow puts the odd extra row or column at the end. */
    SAME("same");

    private final String id;

    Padding(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Padding parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Padding p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        throw new SpecException("unknown padding '" + text + "' (expected valid or same)");
    }

    /** The output length along one axis of an input of length {@code in}. */
    public int outputLength(int in, int window, int stride) {
        return this == VALID ? (in - window) / stride + 1 : (in + stride - 1) / stride;
    }

    /** Rows (or columns) of padding before the first input row: TensorFlow's rule, the extra one after. */
    public int padBefore(int in, int window, int stride) {
        if (this == VALID) {
            return 0;
        }
        int total = Math.max((outputLength(in, window, stride) - 1) * stride + window - in, 0);
        return total / 2;
    }
}
