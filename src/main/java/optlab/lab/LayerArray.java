package optlab.lab;

/** One input of a layer case: its name, its shape ({@code [n]} or {@code [rows, cols]}) and its values, row-major. */
record LayerArray(String name, int[] shape, float[] values) {

    int rows() {
        return shape.length == 2 ? shape[0] : 1;
    }

    int cols() {
        return shape[shape.length - 1];
    }

    LayerArray with(int element, float value) {
        float[] changed = values.clone();
        changed[element] = value;
        return new LayerArray(name, shape, changed);
    }
}
