import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: RMSProp with Nesterov momentum, textbook form (g is already the gradient at the look-ahead point). */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("r", new float[size]);
        state.put("v", new float[size]);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float decay = hp.get("decay");
        float[] r = state.get("r");
        float[] v = state.get("v");
        for (int i = 0; i < w.length; i++) {
            r[i] = decay * r[i] + (1f - decay) * g[i] * g[i];
            float scaled = r[i] == 0f ? 0f : hp.lr() * g[i] / (float) Math.sqrt(r[i]);
            v[i] = hp.get("momentum") * v[i] - scaled;
            w[i] += v[i];
        }
    }
}
