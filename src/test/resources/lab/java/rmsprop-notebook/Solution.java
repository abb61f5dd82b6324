import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: RMSProp, the from-scratch notebook's form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("u", new float[size]);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float decay = hp.get("decay");
        float[] u = state.get("u");
        for (int i = 0; i < w.length; i++) {
            u[i] = decay * u[i] + (1f - decay) * g[i] * g[i];
            w[i] -= hp.lr() * g[i] / (float) Math.sqrt(u[i] + hp.get("epsilon"));
        }
    }
}
