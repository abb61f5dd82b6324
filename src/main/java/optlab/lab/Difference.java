package optlab.lab;

/** Where a submission first differs from the expected numbers: the case, the step (from 1), the array (w or a state name), the element. */
public record Difference(String caseName, int step, String array, int element, double expected, double got) {

    public String describe() {
        return caseName + ": step " + step + ", " + array + "[" + element + "]: expected " + expected + ", got " + (Double.isNaN(got) && array.startsWith("missing") ? "nothing" : got);
    }
}
