package optlab.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The formula sheet's text, {@code formulas.yaml}: the one place where each optimizer's rule is
 * written for people.
 *
 * @param notation what the symbols mean, shown once above the sheet
 * @param symbols how the equations write each hyperparameter, by catalog key
 * @param schedules the rate of each learning-rate schedule, by name (HTML)
 * @param optimizers by catalog name
 */
record Formulas(String notation, Map<String, String> symbols, Map<String, String> schedules, Map<String, Formula> optimizers) {

    /**
     * @param state the rule's state before the first update (HTML)
     * @param equations one equation per line (HTML)
     * @param differs how the textbook or TensorFlow form differs (HTML)
     * @param scratch the scratch rule class that runs it
     * @param tensorflow null when the rule has no TensorFlow twin
     */
    record Formula(String title, String state, String equations, String differs, String scratch, TensorFlowSide tensorflow) {
    }

    /** @param className the optimizer class that builds the graph; {@code kernel} says what it runs */
    record TensorFlowSide(@JsonProperty("class") String className, String kernel) {
    }

    private static final String RESOURCE = "/optlab/report/formulas.yaml";

    static Formulas load() {
        try (InputStream in = Formulas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, Formulas.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    Formula of(String optimizer) {
        Formula formula = optimizers.get(optimizer);
        if (formula == null) {
            throw new IllegalStateException(RESOURCE + " has no formula for optimizer '" + optimizer + "'");
        }
        return formula;
    }
}
