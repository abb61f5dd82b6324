import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Keras 3's SGD, momentum and nesterov as the exercise sets them. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("m", new float[size]);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float mu = hp.get("momentum");
        boolean nesterov = hp.get("nesterov") == 1f;
        float[] m = state.get("m");
        for (int i = 0; i < w.length; i++) {
            m[i] = m[i] * mu - g[i] * hp.lr();
            w[i] += nesterov ? m[i] * mu - g[i] * hp.lr() : m[i];
        }
    }
}
