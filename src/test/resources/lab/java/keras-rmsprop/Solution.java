import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Keras 3's RMSprop, momentum and centered as the exercise sets them. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("v", new float[size]);
        state.put("mg", new float[size]);
        state.put("mom", new float[size]);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float rho = hp.get("rho");
        boolean centered = hp.get("centered") == 1f;
        float[] v = state.get("v");
        float[] mg = state.get("mg");
        float[] mom = state.get("mom");
        for (int i = 0; i < w.length; i++) {
            v[i] = rho * v[i] + (1f - rho) * (g[i] * g[i]);
            float d = v[i] + hp.get("epsilon");
            if (centered) {
                mg[i] = rho * mg[i] + (1f - rho) * g[i];
                d = v[i] - mg[i] * mg[i] + hp.get("epsilon");
            }
            mom[i] = hp.get("momentum") * mom[i] + hp.lr() * g[i] / (float) Math.sqrt(d);
            w[i] -= mom[i];
        }
    }
}
