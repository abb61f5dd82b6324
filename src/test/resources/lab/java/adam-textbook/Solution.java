import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Adam, course sheet form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("s", new float[size]);
        state.put("r", new float[size]);
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
        float[] s = state.get("s");
        float[] r = state.get("r");
        for (int i = 0; i < w.length; i++) {
            s[i] = beta1 * s[i] + (1f - beta1) * g[i];
            r[i] = beta2 * r[i] + (1f - beta2) * g[i] * g[i];
            w[i] -= hp.lr() * (s[i] / c1) / (float) Math.sqrt(r[i] / c2 + hp.get("delta"));
        }
    }
}
