import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Adamax, TensorFlow form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("m", new float[size]);
        state.put("u", new float[size]);
        state.setNumber("beta1_power", 1);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float beta1 = hp.get("beta1");
        float p1 = (float) state.number("beta1_power") * beta1;
        state.setNumber("beta1_power", p1);
        float stepSize = hp.lr() / (1f - p1);
        float[] m = state.get("m");
        float[] u = state.get("u");
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1f - beta1);
            u[i] = Math.max(hp.get("beta2") * u[i], Math.abs(g[i]));
            w[i] -= stepSize * (m[i] / (u[i] + hp.get("epsilon")));
        }
    }
}
