import optlab.lab.Hyper;
import optlab.lab.State;
import optlab.lab.StudentRule;

/** Reference solution: momentum, textbook form. */
public class Solution implements StudentRule {

    @Override
    public void init(int size, State state, Hyper hp) {
        state.put("v", new float[size]);
    }

    @Override
    public void step(float[] w, float[] g, State state, Hyper hp) {
        float[] v = state.get("v");
        for (int i = 0; i < w.length; i++) {
            v[i] = hp.get("momentum") * v[i] - hp.lr() * g[i];
            w[i] += v[i];
        }
    }
}
