import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Keras 3's Adamax. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("m", new float[size]);
        state.put("u", new float[size]);
        state.setNumber("iterations", 0);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float beta1 = hp.get("beta_1");
        float t = (float) state.number("iterations") + 1;
        state.setNumber("iterations", t);
        float correction = 1f - (float) Math.pow(beta1, t);
        float[] m = state.get("m");
        float[] u = state.get("u");
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1f - beta1);
            u[i] = Math.max(hp.get("beta_2") * u[i], Math.abs(g[i]));
            w[i] -= hp.lr() * m[i] / (correction * (u[i] + hp.get("epsilon")));
        }
    }
}
