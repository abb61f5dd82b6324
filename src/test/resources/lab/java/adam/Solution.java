import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: Adam, TensorFlow form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("m", new float[size]);
        state.put("v", new float[size]);
        state.setNumber("beta1_power", 1);
        state.setNumber("beta2_power", 1);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float beta1 = hp.get("beta1");
        float beta2 = hp.get("beta2");
        float p1 = (float) state.number("beta1_power") * beta1;
        float p2 = (float) state.number("beta2_power") * beta2;
        state.setNumber("beta1_power", p1);
        state.setNumber("beta2_power", p2);
        float alpha = hp.lr() * (float) Math.sqrt(1f - p2) / (1f - p1);
        float[] m = state.get("m");
        float[] v = state.get("v");
        for (int i = 0; i < w.length; i++) {
            m[i] += (g[i] - m[i]) * (1f - beta1);
            v[i] += (g[i] * g[i] - v[i]) * (1f - beta2);
            w[i] -= (m[i] * alpha) / ((float) Math.sqrt(v[i]) + hp.get("epsilon"));
        }
    }
}
