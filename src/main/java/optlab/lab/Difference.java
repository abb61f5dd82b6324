package optlab.lab;

/**
 * Where a submission first differs from the expected numbers: the case, the step (from 1; 0 for a
 * layer, which has none), the array (w, a state name, a layer's output or gradient), the element
 * (row-major for a matrix).
 */
public record Difference(String caseName, int step, String array, int element, double expected, double got) {

    public String describe() {
        return caseName + ": " + (step > 0 ? "step " + step + ", " : "") + array + "[" + element + "]: expected " + expected + ", got " + (Double.isNaN(got) && array.startsWith("missing") ? "nothing" : got);
    }
}
