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
