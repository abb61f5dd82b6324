import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: AdaGrad, course sheet form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("r", new float[size]);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float[] r = state.get("r");
        for (int i = 0; i < w.length; i++) {
            r[i] += g[i] * g[i];
            w[i] -= hp.lr() * g[i] / (hp.get("delta") + (float) Math.sqrt(r[i]));
        }
    }
}
