package optlab.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import optlab.spec.OptimizerSpec;

/** The stage-1 cases of every rule: TensorFlow's reference vectors and the edge cases. */
final class Cases {

    private Cases() {
    }

    static List<Case> of(OptimizerSpec spec) {
        Hyper hp = hyper(spec);
        var cases = new ArrayList<Case>();
        cases.add(new Case("reference vectors (w = [1, 2], TensorFlow's five gradients)", new float[] {1f, 2f},
                List.of(new float[] {0.1f, 0.1f}, new float[] {0.01f, -0.2f}, new float[] {-0.3f, 0.05f}, new float[] {0.2f, 0.2f},
                        new float[] {0f, -0.1f}), hp));
        cases.add(new Case("zero gradients", new float[] {0.5f, -1.5f, 3f}, repeat(new float[3], 5), hp));
        cases.add(new Case("a single element", new float[] {0.25f}, random(1, 10, 1f, 1), hp));
        cases.add(new Case("very small gradients (1e-6), 300 steps", new float[] {0.001f, -0.002f, 0.003f}, random(3, 300, 1e-6f, 2), hp));
        cases.add(new Case("very large gradients (1e10)", new float[] {100f, -200f}, random(2, 10, 1e10f, 3), hp));
        cases.add(new Case("many steps (500, mixed signs)", new float[] {0.1f, -0.3f, 0.7f, 1.1f, -2f}, random(5, 500, 0.5f, 4), hp));
        return cases;
    }

    static Hyper hyper(OptimizerSpec spec) {
        var values = new java.util.LinkedHashMap<String, Float>();
        for (Map.Entry<String, Double> e : spec.params().entrySet()) {
            values.put(e.getKey(), e.getValue().floatValue());
        }
        return new Hyper((float) spec.learningRate(), values);
    }

    private static List<float[]> repeat(float[] g, int steps) {
        var list = new ArrayList<float[]>();
        for (int i = 0; i < steps; i++) {
            list.add(g.clone());
        }
        return list;
    }

    private static List<float[]> random(int size, int steps, float scale, long seed) {
        var random = new SplittableRandom(seed);
        var list = new ArrayList<float[]>();
        for (int s = 0; s < steps; s++) {
            float[] g = new float[size];
            for (int i = 0; i < size; i++) {
                g[i] = (float) (scale * random.nextDouble(-1, 1));
            }
            list.add(g);
        }
        return list;
    }
}
