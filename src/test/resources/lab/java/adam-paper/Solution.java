import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Adam, Kingma and Ba's Algorithm 1. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("m", new float[size]);
        state.put("v", new float[size]);
        state.setNumber("t", 0);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float beta1 = hp.get("beta1");
        float beta2 = hp.get("beta2");
        int t = (int) state.number("t") + 1;
        state.setNumber("t", t);
        float c1 = 1f - (float) Math.pow(beta1, t);
        float c2 = 1f - (float) Math.pow(beta2, t);
        float[] m = state.get("m");
        float[] v = state.get("v");
        for (int i = 0; i < w.length; i++) {
            m[i] = beta1 * m[i] + (1f - beta1) * g[i];
            v[i] = beta2 * v[i] + (1f - beta2) * g[i] * g[i];
            w[i] -= hp.lr() * (m[i] / c1) / ((float) Math.sqrt(v[i] / c2) + hp.get("epsilon"));
        }
    }
}
