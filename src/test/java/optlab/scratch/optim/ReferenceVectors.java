package optlab.scratch.optim;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The TensorFlow Java 1.0.0 ground truth in {@code optimizer-vectors.csv}: var = [1, 2] after each
 * of five steps with the gradients below.
 */
public final class ReferenceVectors {

    public static final float[][] GRADIENTS = {{0.1f, 0.1f}, {0.01f, -0.2f}, {-0.3f, 0.05f}, {0.2f, 0.2f}, {0.0f, -0.1f}};
    public static final float[] START = {1.0f, 2.0f};

    /** One optimizer configuration and the var it reached after each step. */
    public record Case(String optimizer, Map<String, String> config, List<float[]> expected) {

        public float param(String key) {
            return Float.parseFloat(config.get(key));
        }

        @Override
        public String toString() {
            return optimizer + " " + config;
        }
    }

    private ReferenceVectors() {
    }

    public static List<Case> cases(String optimizer) {
        var byConfig = new LinkedHashMap<String, List<float[]>>();
        try (Reader in = new InputStreamReader(
                ReferenceVectors.class.getResourceAsStream("/optlab/reference/optimizer-vectors.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                if (r.get("optimizer").equals(optimizer)) {
                    byConfig.computeIfAbsent(r.get("config"), k -> new ArrayList<>())
                            .add(new float[] {Float.parseFloat(r.get("var0")), Float.parseFloat(r.get("var1"))});
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var cases = new ArrayList<Case>();
        byConfig.forEach((config, rows) -> cases.add(new Case(optimizer, parseConfig(config), rows)));
        return cases;
    }

    /**
     * Nadam with the real step t, from its formula in double (the hyperparameters as the case's
     * floats): the var after each of the five steps.
     */
    public static double[][] nadamFormula(Case c) {
        double lr = c.param("lr");
        double beta1 = c.param("beta1");
        double beta2 = c.param("beta2");
        double eps = c.param("epsilon");
        double[] w = {START[0], START[1]};
        double[] m = new double[2];
        double[] v = new double[2];
        double prod = 1;
        double[][] out = new double[GRADIENTS.length][];
        for (int t = 1; t <= GRADIENTS.length; t++) {
            double mu = beta1 * (1 - 0.5 * Math.pow(0.96, 0.004 * t));
            double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, 0.004 * (t + 1)));
            prod *= mu;
            double prodNext = prod * muNext;
            for (int i = 0; i < 2; i++) {
                double g = GRADIENTS[t - 1][i];
                double gHat = g / (1 - prod);
                m[i] = beta1 * m[i] + (1 - beta1) * g;
                double mHat = m[i] / (1 - prodNext);
                v[i] = beta2 * v[i] + (1 - beta2) * g * g;
                double vHat = v[i] / (1 - Math.pow(beta2, t));
                double mBar = (1 - mu) * gHat + muNext * mHat;
                w[i] -= lr * mBar / (Math.sqrt(vHat) + eps);
            }
            out[t - 1] = w.clone();
        }
        return out;
    }

    private static Map<String, String> parseConfig(String config) {
        var map = new HashMap<String, String>();
        for (String token : config.split(";")) {
            String[] kv = token.split("=", 2);
            if (kv.length == 2) {
                map.put(kv[0], kv[1]);
            }
        }
        return map;
    }
}
