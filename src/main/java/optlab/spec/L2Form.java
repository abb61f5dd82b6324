package optlab.spec;

import java.util.Locale;

/** Which parameters the L2 weight decay of a model ({@link ModelSpec#l2()}) reaches. */
public enum L2Form {
    /** Keras' {@code kernel_regularizer=l2(lambda)}: J = L + lambda sum(W^2) over the kernels; biases are not decayed. */
    KERNELS("kernels"),
    /**
     * The from-scratch notebook's: {@code g += 2 lambda p} on every parameter, biases included, i.e.
     * J = L + lambda sum(p^2) over every kernel and bias.
     */
    GRADIENT("gradient");

    private final String id;

    L2Form(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static L2Form parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (L2Form f : values()) {
            if (f.id.equals(key)) {
                return f;
            }
        }
        throw new SpecException("unknown l2_form '" + text + "' (expected kernels or gradient)");
    }

    /** Jackson's filter that leaves the default form out of a spec's JSON, so run ids stored before the form existed stay. */
    public static final class DefaultFilter {
        @Override
        public boolean equals(Object value) {
            return value == null || value == KERNELS;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
